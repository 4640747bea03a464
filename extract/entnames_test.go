package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// proposedEntities returns the entities Extract proposes for text, name → kind (every script).
func proposedEntities(lang, text string) map[string]kg.Kind {
	out := map[string]kg.Kind{}
	for _, p := range Extract(Input{Text: text, Language: lang}) {
		if p.Kind == KindEntity {
			for _, n := range append([]string{p.Entity.Name, p.Entity.NameZhHans, p.Entity.NameZhHant}, p.Entity.Aliases...) {
				if n != "" {
					out[n] = p.Entity.Kind
				}
			}
		}
	}
	return out
}

// checkEntities fails t when text does not propose each wanted name with its kind, or
// proposes one of not (shared by the table tests of names).
func checkEntities(t *testing.T, lang, text string, want map[string]kg.Kind, not []string) {
	t.Helper()
	got := proposedEntities(lang, text)
	for n, k := range want {
		if got[n] != k {
			t.Errorf("%s: want %s %s, got %q (all %v)", text, k, n, got[n], got)
		}
	}
	for _, n := range not {
		if _, ok := got[n]; ok {
			t.Errorf("%s: %q proposed as a name", text, n)
		}
	}
}

// TestNewEntityShapes: names news writes in shapes the finders used to cut short, swallow into a
// verb phrase or miss, each in several constructions; and the phrases that are no names.
func TestNewEntityShapes(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]kg.Kind
		not        []string
	}{
		// A verb before a name found by its suffix ends the name.
		{"zh-Hant", "該公司正申請工業貿易署的資助,結果仍未公布。", map[string]kg.Kind{"工業貿易署": kg.KindOrganization}, []string{"正申請工業貿易署"}},
		{"zh-Hans", "出席典礼的还有商务及经济发展局局长丘应桦。", map[string]kg.Kind{"商务及经济发展局": kg.KindOrganization}, []string{"还有商务及经济发展局", "有商务及经济发展局"}},
		{"zh-Hans", "去年该公司与同业云图物流合并,成为行业第二。", map[string]kg.Kind{"云图物流": kg.KindOrganization}, []string{"业云图物流"}},
		{"zh-Hans", "由云图物流原总经理李伟出任首席执行官。", map[string]kg.Kind{"云图物流": kg.KindOrganization}, []string{"云图物流原"}},
		{"zh-Hans", "飞图科技与医疗科技公司安信医疗分获冠军和亚军。", map[string]kg.Kind{"安信医疗": kg.KindOrganization}, []string{"安信医疗分"}},
		{"zh-Hant", "陳明說公司計劃明年進軍日本市場。", nil, []string{"陳明說公司"}},
		// Suffixes: research bodies, branches, industrial estates, tech towns, conferences, awards.
		{"zh-Hant", "政府成立的香港光子研發院將遷入新址。", map[string]kg.Kind{"香港光子研發院": kg.KindOrganization}, nil},
		{"zh-Hant", "她擔任中大校友會科技分會主席。", map[string]kg.Kind{"中大校友會科技分會": kg.KindOrganization}, nil},
		{"zh-Hant", "公司已遷往大埔工業邨的新廠房。", map[string]kg.Kind{"大埔工業邨": kg.KindFacility}, []string{"埔工業邨"}},
		{"zh-Hans", "实验室位于南沙科学城的新大楼。", map[string]kg.Kind{"南沙科学城": kg.KindFacility}, nil},
		{"zh-Hant", "他是香港青年科技協會的會長。", map[string]kg.Kind{"香港青年科技協會": kg.KindOrganization}, nil},
		// A year opens a conference's or a budget's name.
		{"zh-Hans", "团队出席了在深圳举行的2024全球机器人大会。", map[string]kg.Kind{"2024全球机器人大会": kg.KindEvent}, nil},
		{"zh-Hant", "政府在《2025-26年度財政預算案》中宣布注資。", map[string]kg.Kind{"2025-26年度財政預算案": kg.KindPolicy}, []string{"度財政預算案"}},
		{"zh-Hans", "行政长官在2024年施政报告中提出新措施。", map[string]kg.Kind{"2024年施政报告": kg.KindPolicy}, nil},
		// A foreign country before a university's own name.
		{"zh-Hant", "他其後在英國帝國理工學院取得博士學位。", map[string]kg.Kind{"帝國理工學院": kg.KindOrganization}, []string{"英國帝國理工學院"}},
		{"zh-Hant", "她畢業於新加坡國立大學。", map[string]kg.Kind{"新加坡國立大學": kg.KindOrganization}, nil},
		// Quoted rankings, awards, advisory groups; media in 《》.
		{"zh-Hans", "该公司入选由两家机构联合主办的“大湾区创科新星榜”。", map[string]kg.Kind{"大湾区创科新星榜": kg.KindEvent}, nil},
		{"zh-Hant", "該公司奪得「智慧城市創新大獎」金獎。", map[string]kg.Kind{"智慧城市創新大獎": kg.KindEvent}, nil},
		{"zh-Hans", "政府委任十名业界人士组成“数字经济咨询小组”。", map[string]kg.Kind{"数字经济咨询小组": kg.KindOrganization}, []string{"业界人士"}},
		{"zh-Hant", "她入選《時代》雜誌「百大新星」名單。", map[string]kg.Kind{"時代": kg.KindOrganization, "百大新星": kg.KindEvent}, nil},
		{"zh-Hans", "【《深圳商报》记者 王磊 报道】本地初创企业云图物流宣布完成融资。", map[string]kg.Kind{"深圳商报": kg.KindOrganization}, nil},
		{"zh-Hans", "公司按《上市规则》第18C章上市。", nil, []string{"上市规则"}},
		// An item listed with a company is a company too.
		{"zh-Hans", "本次上市的联席保荐人为中信证券与摩根大通。", map[string]kg.Kind{"摩根大通": kg.KindOrganization}, nil},
		{"zh-Hant", "活動贊助商為滙豐銀行及德勤中國。", map[string]kg.Kind{"德勤中國": kg.KindOrganization}, nil},
		{"zh-Hans", "合作伙伴为中信证券与多家券商。", nil, []string{"多家券商"}},
		{"zh-Hant", "最新一期計劃錄取42間初創企業，涵蓋人工智能、Web3及綠色金融等範疇。", nil, []string{"涵蓋人工智能"}},
		{"zh-Hant", "團隊並在會上與瑞金醫院簽署意向書。", nil, []string{"會上"}},
		// A Chinese name with the person's English name in brackets.
		{"zh-Hant", "32歲的陳凱琳(Karen Chan)是公司創辦人。", map[string]kg.Kind{"陳凱琳": kg.KindPerson, "Karen Chan": kg.KindPerson}, nil},
		{"zh-Hans", "该公司由张志远（Michael Cheung）于2020年创立。", map[string]kg.Kind{"张志远": kg.KindPerson}, nil},
		{"zh-Hans", "初创企业星图机器人（StarMap Robotics）宣布融资。", map[string]kg.Kind{"星图机器人": kg.KindOrganization, "StarMap Robotics": kg.KindOrganization}, nil},
		// A long name that opens with a place keeps the place whole.
		{"zh-Hans", "公司总部设于将军澳数据科技创新合作区东区园区。", map[string]kg.Kind{"将军澳数据科技创新合作区东区园区": kg.KindFacility}, nil},
		// Two-rune departments; 創建 inside a name.
		{"zh-Hant", "該項目已獲水務署批准。", map[string]kg.Kind{"水務署": kg.KindOrganization}, nil},
		{"zh-Hant", "合併後，長江集團旗下的新創建物流將持有新公司三成股權。", map[string]kg.Kind{"新創建物流": kg.KindOrganization}, nil},
		// A brand's local arm named before a title.
		{"zh-Hant", "公司獲天使投資人、前花旗新加坡行政總裁張偉文注資。", map[string]kg.Kind{"花旗新加坡": kg.KindOrganization}, nil},
		// The market a company lists on; a place there stays a place.
		{"zh-Hans", "其美国子公司去年已在纽约证交所上市。", map[string]kg.Kind{"纽约证交所": kg.KindOrganization}, nil},
		{"zh-Hant", "公司計劃明年於創業板掛牌。", map[string]kg.Kind{"創業板": kg.KindOrganization}, nil},
		{"zh-Hans", "公司计划在新加坡上市。", map[string]kg.Kind{"新加坡": kg.KindPlace}, nil},
		// A department or a title word between the organisation and the title is cut off.
		{"zh-Hant", "院長由前聯發科研發總監陳志明博士出任。", map[string]kg.Kind{"聯發科": kg.KindOrganization}, []string{"由前聯", "聯發科研發"}},
		{"zh-Hans", "团队由材料科学与工程学系讲座教授王立新领导。", nil, []string{"工程学系讲座"}},
		// A profession before a name makes it a person.
		{"zh-Hant", "公司由前宏利精算師林家穎共同創立。", map[string]kg.Kind{"林家穎": kg.KindPerson}, nil},
		{"zh-Hans", "案件由资深律师陈国华负责。", map[string]kg.Kind{"陈国华": kg.KindPerson}, nil},
		// Counts, determiners, verbs and adjectives before a suffix make no name.
		{"zh-Hans", "同一份施政报告亦提出新的资助计划。", nil, []string{"一份施政报告"}},
		{"zh-Hans", "本届论坛吸引了逾百家机构参与。", nil, []string{"本届论坛"}},
		{"zh-Hant", "基金今年的投資重點將放在金融科技。", nil, []string{"年的投資"}},
		{"zh-Hans", "该联盟由港投公司牵头成立。公司已投资逾百个项目。", nil, []string{"牵头", "投资逾百个项目", "百个项目"}},
		{"en", "VoxTalk, a Cantonese speech start-up, won the award.", nil, []string{"Cantonese"}},
		// English: numbered funds, committees, trusts, awards, "and" between topic words, a
		// hyphenated noun inside a name, a modifier and an honorific before a name.
		{"en", "The firm closed Pearl River Growth Fund III at US$200 million.", map[string]kg.Kind{"Pearl River Growth Fund III": kg.KindFund}, nil},
		{"en", "Grants are reviewed by the Green Tech Fund Assessment Committee.", map[string]kg.Kind{"Green Tech Fund Assessment Committee": kg.KindOrganization}, nil},
		{"en", "Funding came from the Li Ka Shing Foundation and the Kadoorie Charitable Trust.", map[string]kg.Kind{"Kadoorie Charitable Trust": kg.KindOrganization}, nil},
		{"en", "Delegates met at the AsiaWorld Convention and Exhibition Centre on Monday.", map[string]kg.Kind{"AsiaWorld Convention and Exhibition Centre": kg.KindFacility}, nil},
		{"en", "VoltGrid won the Smart City Start-up Award last year.", map[string]kg.Kind{"Smart City Start-up Award": kg.KindEvent}, []string{"Award"}},
		{"en", "The round was led by Tokyo-based Sakura Ventures, the company said.", map[string]kg.Kind{"Sakura Ventures": kg.KindOrganization}, []string{"Tokyo-based Sakura Ventures"}},
		{"en", "The study was led by Professor Helen Mak of the university.", map[string]kg.Kind{"Helen Mak": kg.KindPerson}, []string{"Professor Helen Mak"}},
		{"en", "Shares of Harbour Robotics rose 12 per cent on Monday.", map[string]kg.Kind{"Harbour Robotics": kg.KindOrganization}, []string{"Shares of Harbour Robotics"}},
		{"en", "The report was first published by the Singapore Fintech Journal on Monday.", map[string]kg.Kind{"Singapore Fintech Journal": kg.KindOrganization}, nil},
		{"en", "The company was listed on the Shenzhen ChiNext Board in 2021.", map[string]kg.Kind{"Shenzhen ChiNext Board": kg.KindOrganization}, nil},
		{"en", "Speakers included the chairman of HKU. The Harbour Rowing Club hosted the dinner.", map[string]kg.Kind{"Harbour Rowing Club": kg.KindOrganization}, []string{"HKU. The Harbour Rowing Club"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not)
	}
}

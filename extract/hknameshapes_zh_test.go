package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Name shapes of Hong Kong and mainland business news that recognition used to cut or miss: a
// trade noun in 商 before the name, a local arm's bracketed place, a body whose fields 及 joins
// before 管理局, 國際 after a rune that ends a country's name, bullet lines that open with a
// name, a defined short form read as a speaker, and the employer after 加盟前在.
func TestHongKongNameShapes(t *testing.T) {
	org := kg.KindOrganization
	checkNameShapes(t, []nameShape{
		// Trade nouns in 商 describe the company; 招商 and 華商 are brands' runes.
		{"物流軟件開發商雲途科技有限公司今日宣布完成融資。", map[string]kg.Kind{"雲途科技有限公司": org}, []string{"物流軟件開發商雲途科技有限公司", "開發商雲途科技有限公司"}},
		{"氮化鎵晶片商瀚芯半導體獲兩家基金注資。", map[string]kg.Kind{"瀚芯半導體": org}, []string{"氮化鎵晶片商瀚芯半導體"}},
		{"醫療設備供應商康越醫療計劃明年上市。", map[string]kg.Kind{"康越醫療": org}, []string{"供應商康越醫療"}},
		{"本港零售商百盈集團收購對手。", map[string]kg.Kind{"百盈集團": org}, nil},
		{"公司與招商銀行簽署合作協議。", map[string]kg.Kind{"招商銀行": org}, []string{"銀行"}},
		// A local arm named by its place in brackets.
		{"去年加入星辰銀行（香港）出任首席風險官。", map[string]kg.Kind{"星辰銀行（香港）": org}, []string{"星辰銀行"}},
		{"宏景保險（亞洲）今日公布業績。", map[string]kg.Kind{"宏景保險（亞洲）": org}, nil},
		{"瑞嘉科技（深圳）有限公司於去年成立。", map[string]kg.Kind{"瑞嘉科技（深圳）有限公司": org}, []string{"瑞嘉科技（深圳）"}},
		{"星辰銀行（下稱「星辰」）今日宣布委任新主席。", nil, []string{"星辰銀行（下稱「星辰」）"}},
		// 及 joins two fields of one authority, and a country may open it.
		{"產品已獲美國食品及藥物管理局批准上市。", map[string]kg.Kind{"美國食品及藥物管理局": org}, []string{"藥物管理局"}},
		{"公司與杜拜道路及交通管理局簽署協議。", map[string]kg.Kind{"杜拜道路及交通管理局": org}, []string{"交通管理局"}},
		{"數碼港及香港科技園公司合辦比賽。", map[string]kg.Kind{"香港科技園公司": org}, nil},
		// 國際 after 泰 is no Thailand.
		{"中金公司及華泰國際為聯席保薦人。", map[string]kg.Kind{"華泰國際": org}, []string{"泰國"}},
		{"公司計劃進軍泰國及越南市場。", map[string]kg.Kind{"泰國": kg.KindPlace}, nil},
		// 最大連鎖 is "the largest chain": no 大連 there, but 大連 after a place name is one.
		{"新加坡最大連鎖藥房集團與公司簽約。", map[string]kg.Kind{"新加坡": kg.KindPlace}, []string{"大連"}},
		{"公司在瀋陽及大連設有工廠。", map[string]kg.Kind{"大連": kg.KindPlace}, nil},
		// A descriptor's name ends at 及 as at 與.
		{"深圳機械人企業馳遠智能及東莞的企業均有參與。", map[string]kg.Kind{"馳遠智能": org}, []string{"馳遠智能及東莞"}},
		// A listed brand with a function rune inside (華為) is taken whole by the walk left; 美的,
		// unlisted (a common word), still opens its name at a boundary.
		{"技術總監林韻曾任職於華為數字能源。", map[string]kg.Kind{"華為數字能源": org}, []string{"數字能源"}},
		{"美的集團與招商局集團簽約。", map[string]kg.Kind{"美的集團": org, "招商局集團": org}, nil},
		// 在線 ends a brand where the name visibly ends, never after who or when is online.
		{"在港上市的眾安在線旗下銀行昨日宣布新任命。", map[string]kg.Kind{"眾安在線": org}, nil},
		{"平台目前有八十萬用戶在線，公司提供在線教育服務。", nil, []string{"萬用戶在線", "用戶在線", "提供在線"}},
		// A room in a park is no body of its own: the park is named.
		{"初創公司已進駐將軍澳創新園實驗室。", map[string]kg.Kind{"將軍澳創新園": kg.KindFacility}, []string{"將軍澳創新園實驗室"}},
		{"研究人員在城大實驗室完成測試。", nil, []string{"城大"}},
		// A Hong Kong wire's credit in round brackets opening the paragraph.
		{"（港財通）晶睿科技今日起公開招股。", map[string]kg.Kind{"港財通": org}, nil},
		{"（一）晶睿科技背景\n（記者 陳大文）晶睿科技昨日宣布上市。", nil, []string{"一", "記者 陳大文"}},
		// The employer before a former mark that a unit, a title and a name follow.
		{"星亞銀行昨日宣布，委任渣打香港前財富管理業務主管李家明為總經理。", map[string]kg.Kind{"渣打香港": org}, nil},
		{"董事會提名前安永中國合夥人許嘉欣為獨立董事。", map[string]kg.Kind{"安永中國": org}, nil},
		{"深圳前海微眾銀行前首席執行官李明表示。", map[string]kg.Kind{"深圳前海微眾銀行": org}, []string{"深圳"}},
		{"公司前行政總裁陳大文離職。", nil, []string{"公司"}},
		// A unit of the body just named, a medical specialty, a bank's line of business and a
		// bare industry word are no employers or names.
		{"數碼港創業支援總監陳美玲表示。", nil, []string{"創業支援"}},
		{"主席陳志明為眼科醫生出身。", nil, []string{"眼科"}},
		{"他去年離職前掌管星展香港的零售銀行業務。", nil, []string{"零售", "零售銀行"}},
		{"基金首項投資為晶片商晶芯半導體。基金經理看好大灣區的半導體、機械人及生物科技企業。", map[string]kg.Kind{"晶芯半導體": org}, []string{"半導體"}},
		// Verbs and counters of Hong Kong press end the walk left.
		{"委任仍有待金管局批准。", map[string]kg.Kind{"金管局": org}, []string{"有待金管局"}},
		{"該行獲金管局發出虛擬銀行牌照。", nil, []string{"金管局發出虛擬銀行", "發出虛擬銀行"}},
		{"今屆培育公司將於十月展示項目。", nil, []string{"屆培育公司"}},
		// A company's office in a place is the company; a place's office alone is no name.
		{"星瀾創投香港辦公室將於明年遷入數碼港。", map[string]kg.Kind{"星瀾創投": org}, []string{"星瀾創投香港辦公室"}},
		{"星瀾創投合夥人、香港辦公室負責人陳志強表示。", nil, []string{"香港辦公室"}},
		{"政府數字政策辦公室今日公布新措施。", map[string]kg.Kind{"數字政策辦公室": org}, nil},
		// The investor's role opens no name.
		{"天使輪投資方源碼資本繼續跟投。", map[string]kg.Kind{"源碼資本": org}, []string{"天使輪投資方源碼資本"}},
		// A programme's Latin name before 計劃 is its name, as before "programme" in English.
		{"溯源生物已從科技園公司的Incu-Tech計劃畢業。", map[string]kg.Kind{"Incu-Tech": kg.KindProgramme}, []string{"Incu-Tech計劃"}},
		{"公司參加了政府的AI計劃。", nil, []string{"AI"}},
		// The employer after "before joining, at".
		{"財務總監陳美玲加盟前在羅兵咸任職十年。", map[string]kg.Kind{"羅兵咸": org}, nil},
	})
}

// nameShape is a sentence, the names it must yield and the runs it must not.
type nameShape struct {
	text string
	want map[string]kg.Kind
	not  []string
}

func checkNameShapes(t *testing.T, cases []nameShape) {
	t.Helper()
	for _, c := range cases {
		checkEntities(t, "zh-Hant", c.text, c.want, c.not)
	}
}

// TestBulletItemNames: consecutive bullet lines that open with a name and a colon name companies;
// a single such line, a person with a post, or a field with a count do not.
func TestBulletItemNames(t *testing.T) {
	org := kg.KindOrganization
	checkNameShapes(t, []nameShape{
		{"新一批培育公司包括：\n－ 雲匯通：提供跨境支付結算服務，已在三地營運；\n－ 啟澄生物：研發針對肝癌的早期篩查技術；\n",
			map[string]kg.Kind{"雲匯通": org, "啟澄生物": org}, nil},
		{"入選名單如下：\n• 智航動力：開發港口用無人駕駛拖車系統\n• 綠源碳匯：為物業管理公司提供碳排放數據\n",
			map[string]kg.Kind{"智航動力": org, "綠源碳匯": org}, nil},
		{"注意事項：\n－ 截止日期：申請須於本月底前遞交，逾期不候\n",
			nil, []string{"截止日期"}},
		{"評審團成員：\n－ 陳大文：行政總裁，負責公司整體策略\n－ 李小明：首席技術官，領導研發團隊\n",
			nil, []string{"陳大文", "李小明"}},
	})
}

// TestDefinedShortFormIsNoPerson: the short form a text defines for a company stays the company
// where it reads like a personal name (a surname and one rune) before a post or a verb of speech.
func TestDefinedShortFormIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"港股上市的資產管理公司林達集團（下稱「林達」）昨日推出新基金。林達副主席兼聯席首席投資總監陳家豪表示看好前景。",
		"資產管理公司林達集團（下稱「林達」）昨日推出新基金。林達表示，明年計劃在新加坡推出同系列基金。",
	} {
		d := newDoc(Input{Text: text, Language: "zh-Hant"})
		for _, m := range findEntities(d, NewIndex(nil)).mentions {
			if m.name == "林達" && m.kind != kg.KindOrganization {
				t.Errorf("%s: 林達 at %d read as %s", text, m.start, m.kind)
			}
		}
	}
}

// TestArmReferredByKindNoun: 該行 refers back to a bank whose name ends with a bracketed place.
func TestArmReferredByKindNoun(t *testing.T) {
	text := "星河集團旗下的星河銀行（香港）昨日公布，委任陳志強為首席風險官。該行行政總裁梁家輝稱，陳志強熟悉本地監管要求。"
	for _, p := range Extract(Input{Text: text, Language: "zh-Hant"}) {
		if r := p.Relationship; r != nil && r.Type == "LEADS" && r.From.Name == "梁家輝" && r.To.Name == "星河銀行（香港）" {
			return
		}
	}
	t.Errorf("%s: want LEADS 梁家輝 > 星河銀行（香港）", text)
}

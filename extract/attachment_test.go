package extract

import "testing"

// An investor in a round is no investee of it: a co-investment cue whose nearest name is the
// round's lead takes the round's investee instead.
func TestCoInvestorIsNoInvestee(t *testing.T) {
	text := "记者获悉，北辰资本近日领投了杭州星澜智能的3亿元C轮融资，云杉创投参投。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-03-01"}))
	if got["INVESTED_IN 云杉创投 > 星澜智能"] == nil && got["INVESTED_IN 云杉创投 > 杭州星澜智能"] == nil {
		t.Errorf("co-investor not attached to the investee: %v", keys(got))
	}
	if got["INVESTED_IN 云杉创投 > 北辰资本"] != nil {
		t.Errorf("co-investor attached to the lead investor: %v", keys(got))
	}
}

// "a seed round from A, then a Series A led by B": A is where money came from, never the
// investee of B's round.
func TestMoneySourceIsNoInvestee(t *testing.T) {
	text := "A: We raised a seed round in 2021 from Granite Angels, then a US$5 million Series A last May, led by Tallpine Ventures with Orchard Fund joining."
	got := rels(Extract(Input{Text: text, Language: "en", Published: "2025-03-01"}))
	for k, r := range got {
		if r.Type == "INVESTED_IN" && r.To.Name == "Granite Angels" {
			t.Errorf("an investor taken as investee: %s", k)
		}
	}
}

// An investor that opens sentences only as the agent of a passive (由甲设立) or as the
// employer of a titled speaker (甲合伙人乙表示) is not the article's subject: the founders'
// company is.
func TestTitledSpeakerOrgIsNoMainSubject(t *testing.T) {
	text := "【快讯】深圳企业“青枫智能”本月完成3亿元A轮融资，本轮由北辰资本领投。" +
		"北辰资本本次以其管理的基金出资。该基金由北辰资本与市引导基金共同设立。北辰资本合伙人王立表示，看好青枫智能的前景。" +
		"公司背景：青枫智能成立于2020年，总部位于深圳。创始人兼CEO陈思远毕业于浙江大学。联合创始人兼CTO李文博此前任职于华为。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-03-01"}))
	for _, p := range []string{"陈思远", "李文博"} {
		if got["LEADS "+p+" > 青枫智能"] == nil {
			t.Errorf("LEADS %s > 青枫智能 missing: %v", p, keys(got))
		}
		if got["LEADS "+p+" > 北辰资本"] != nil {
			t.Errorf("LEADS %s attached to the investor: %v", p, keys(got))
		}
	}
}

// 公司 (the company) refers to a company, never to a council, a bureau or a university named
// more often before it.
func TestCompanyWordIsNoPublicBody(t *testing.T) {
	text := "元朗區議會支持發展創科園區\n\n元朗區議會昨日舉行大會，通過動議支持發展創科園區。區議員黃美儀指出，區內已有逾30間創科企業。\n" +
		"另外，元朗的無人機公司翔雲航空早前獲香港品質保證局頒發認證；公司聯合創辦人葉樂天今年入選《福布斯》榜單。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-03-01"}))
	if got["LEADS 葉樂天 > 翔雲航空"] == nil {
		t.Errorf("LEADS 葉樂天 > 翔雲航空 missing: %v", keys(got))
	}
	for k, r := range got {
		if r.Type == "LEADS" && r.From.Name == "葉樂天" && r.To.Name != "翔雲航空" {
			t.Errorf("公司 resolved to %s: %s", r.To.Name, k)
		}
	}
}

// In an interview's answer, a round reported without a subject (答：今年完成B轮，由甲领投) is
// the interviewee's company's, not the lead investor's.
func TestAnswerRoundIsIntervieweeCompanys(t *testing.T) {
	text := "【人物专访】对话云帆科技创始人李明：“慢慢来”\n\n问：融资情况如何？\n答：2023年完成了北辰资本领投的A轮；今年5月完成2亿元人民币B轮，由云杉创投领投，海松资本跟投。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-01"}))
	for _, inv := range []string{"北辰资本", "云杉创投", "海松资本"} {
		if got["INVESTED_IN "+inv+" > 云帆科技"] == nil {
			t.Errorf("INVESTED_IN %s > 云帆科技 missing: %v", inv, keys(got))
		}
	}
}

// In a transcript's answer turn, a round whose only other names are investors is the guest's
// company's.
func TestTranscriptRoundIsGuestCompanys(t *testing.T) {
	text := "STARTUP HOUR - Episode 12\nHost: Amy Lau. Guest: Victor Chan, founder and CEO of Tidepool Labs.\n\n" +
		"Q: How have you funded it?\nA: A small seed round in 2021 from Granite Angels, then a US$5 million Series A last May, led by Tallpine Ventures with Orchard Fund joining.\n"
	got := rels(Extract(Input{Text: text, Language: "en", Published: "2025-06-01"}))
	for _, inv := range []string{"Tallpine Ventures", "Orchard Fund"} {
		if got["INVESTED_IN "+inv+" > Tidepool Labs"] == nil {
			t.Errorf("INVESTED_IN %s > Tidepool Labs missing: %v", inv, keys(got))
		}
	}
}

// 甲、乙旗下的丙: only 乙, right before 旗下, owns 丙; 甲 is another member of the list.
func TestOwnerIsTheNameBeforeQixia(t *testing.T) {
	text := "星河科技已于本月完成5亿元B轮融资，本轮由北辰资本领投，云杉创投、华为旗下的顺为资本跟投。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-01"}))
	if got["SUBSIDIARY_OF 顺为资本 > 云杉创投"] != nil {
		t.Errorf("the list's first member taken as owner: %v", keys(got))
	}
	if got["SUBSIDIARY_OF 顺为资本 > 华为"] == nil || got["INVESTED_IN 云杉创投 > 星河科技"] == nil {
		t.Errorf("owner or co-investor missing: %v", keys(got))
	}
}

// A bare 辦公室 (office) is the company's premises, not the office of government named before.
func TestBareOfficeIsNoBody(t *testing.T) {
	text := "星橋科技由陳大文創立。該公司在數字政策辦公室主辦的比賽獲獎。公司團隊共18人，辦公室設於觀塘。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-06-01"}))
	for k, r := range got {
		if r.Type == "LOCATED_IN" && r.To.Name == "觀塘" && r.From.Name != "星橋科技" {
			t.Errorf("the office located instead of the company: %s", k)
		}
	}
	if got["LOCATED_IN 星橋科技 > 觀塘"] == nil {
		t.Errorf("LOCATED_IN 星橋科技 > 觀塘 missing: %v", keys(got))
	}
}

// A company's post taken from the text's topic is no university's: in a university's release
// about a start-up, its 行政總裁 leads the start-up, however often the university is named.
func TestCompanyPostIsNoUniversitys(t *testing.T) {
	text := "香港浸會大學新聞稿\n浸大初創星匯科技完成A輪融資\n\n" +
		"香港浸會大學（浸大）今日宣布，由浸大教授陳志強創立的初創企業「星匯科技有限公司」（「星匯科技」）完成3,000萬港元A輪融資。" +
		"本輪由北辰資本領投，浸大創新基金跟投。浸大創新基金由浸大全資擁有及管理。\n\n" +
		"星匯科技成立於2023年，是浸大創業計劃的參與企業。公司與浸大簽訂專利授權協議。星匯科技現設於香港科學園。\n\n" +
		"今年4月，星匯科技的系統在「日內瓦國際發明展」獲頒金獎。\n\n行政總裁李家豪曾任職滙豐，持有浸大碩士學位。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-06-01"}))
	if got["LEADS 李家豪 > 星匯科技"] == nil && got["LEADS 李家豪 > 星匯科技有限公司"] == nil {
		t.Errorf("LEADS 李家豪 > 星匯科技 missing: %v", keys(got))
	}
	for k, r := range got {
		if r.Type == "LEADS" && r.From.Name == "李家豪" && r.To.Name != "星匯科技" && r.To.Name != "星匯科技有限公司" {
			t.Errorf("the start-up's chief executive leads %s: %s", r.To.Name, k)
		}
	}
}

// 甲与新加坡主权基金乙担任基石投资者: a place inside the description of the next item does not
// end the list; both are investors.
func TestPlaceInItemDescriptionKeepsList(t *testing.T) {
	text := "星河科技今日上市。招股书显示，北辰投资与新加坡主权基金GIC担任基石投资者，合计认购约4.5亿港元的股份。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-01"}))
	for _, inv := range []string{"北辰投资", "GIC"} {
		if got["INVESTED_IN "+inv+" > 星河科技"] == nil {
			t.Errorf("INVESTED_IN %s > 星河科技 missing: %v", inv, keys(got))
		}
	}
}

// "Its founder" after a deal's question and an answer that names no organisation: the company
// the deal was about, not the guest's.
func TestItsFounderAfterAnswerIsDealObjects(t *testing.T) {
	text := "TECH TALK - Episode 3\nHost: Amy Lau. Guest: Victor Chan, founder and CEO of Tidepool Labs.\n\n" +
		"Q: Tell us about your funding.\nA: We raised a seed round from Granite Angels. It went well.\n\n" +
		"Q: In May you bought Quillstone.\nA: Yes, a small design studio in Taipei. Its founder, Mei Lin, now heads our design team.\n"
	got := rels(Extract(Input{Text: text, Language: "en", Published: "2025-06-01"}))
	if got["LEADS Mei Lin > Quillstone"] == nil {
		t.Errorf("LEADS Mei Lin > Quillstone missing: %v", keys(got))
	}
	if got["LEADS Mei Lin > Tidepool Labs"] != nil {
		t.Errorf("the acquired company's founder leads the buyer: %v", keys(got))
	}
}

// "X also took part in the round" after a round's sentence: X invested in that round's company
// (the longer PARTICIPATED_IN cue "also took part in" finds no programme in "the round").
func TestAlsoTookPartInTheRound(t *testing.T) {
	text := "Kite Labs has closed a US$10 million Series A round. The round was led by Ridge Ventures. " +
		"Existing investor Maple Capital also took part in the round, and Orchid Fund joined as a new investor."
	got := rels(Extract(Input{Text: text, Language: "en", Published: "2025-06-01"}))
	if got["INVESTED_IN Maple Capital > Kite Labs"] == nil {
		t.Errorf("INVESTED_IN Maple Capital > Kite Labs missing: %v", keys(got))
	}
}

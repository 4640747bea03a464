package extract

import "testing"

// Constructions that name a party without a suffix or a title: the extractor must find the
// name from where it stands (the gap of 向…注資, after 委任, before 畢業於, opening an English
// sentence) and attach the fact.
func TestNamesWithoutSuffixOrTitle(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"zh-Hant", "芯聚半導體獲中國移動香港注資1億港元。", []string{"INVESTED_IN 中國移動香港 > 芯聚半導體"}},
		{"zh-Hans", "港投公司宣布向合成生物企业蓝晶微生物注资2亿元。", []string{"INVESTED_IN 港投公司 > 蓝晶微生物"}},
		{"zh-Hans", "京东集团已完成对德邦物流的收购。", []string{"SUBSIDIARY_OF 德邦物流 > 京东集团"}},
		{"zh-Hans", "华润集团亦委任王晓东出任华润创业董事长。", []string{"LEADS 王晓东 > 华润创业"}},
		{"zh-Hant", "黃志明早年畢業於香港中文大學，其後加入滙豐銀行。", []string{"EDUCATED_AT 黃志明 > 香港中文大學", "WORKED_AT 黃志明 > 滙豐銀行"}},
		{"zh-Hans", "商汤科技宣布分拆旗下智能驾驶业务绝影科技，拟于港交所主板独立上市。",
			[]string{"SUBSIDIARY_OF 绝影科技 > 商汤科技", "LISTED_ON 绝影科技 > 港交所"}},
		{"zh-Hans", "月之暗面创始人杨植麟表示，公司将继续加大研发投入。", []string{"LEADS 杨植麟 > 月之暗面"}},
		{"zh-Hant", "渣打香港宣布委任陳麗華為行政總裁。", []string{"LEADS 陳麗華 > 渣打香港"}},
		{"zh-Hans", "深圳市政府与香港特区政府签署了《深港科技创新合作区建设合作协议》。", []string{"PARTNERED_WITH 深圳市政府 > 香港特区政府"}},
		{"en", "Klook counts SoftBank and Sequoia among its investors.", []string{"INVESTED_IN SoftBank > Klook", "INVESTED_IN Sequoia > Klook"}},
		{"en", "WeLab, which is backed by Sequoia China, launched a virtual bank.", []string{"INVESTED_IN Sequoia China > WeLab"}},
		{"en", "Lalamove has acquired Shenzhen robotics startup Pudu Freight.", []string{"SUBSIDIARY_OF Pudu Freight > Lalamove"}},
		{"en", "GoGoX was founded in 2013 by Steven Lam, Nick Tang and Reeve Kwan.",
			[]string{"LEADS Steven Lam > GoGoX", "LEADS Nick Tang > GoGoX", "LEADS Reeve Kwan > GoGoX"}},
		{"en", "Hong Kong-based Animoca Brands said it had raised US$110 million from investors including Temasek.",
			[]string{"LOCATED_IN Animoca Brands > Hong Kong", "INVESTED_IN Temasek > Animoca Brands"}},
		{"en", "HKEX-listed Meitu said it would partner with Alibaba on AI tools.", []string{"PARTNERED_WITH Meitu > Alibaba"}},
		{"en", "Helix secured HK$40 million from Cathay Innovation and HKSTP Ventures.",
			[]string{"INVESTED_IN Cathay Innovation > Helix", "INVESTED_IN HKSTP Ventures > Helix"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2024-11-05", Known: []Known{
			{ID: "hkic", Kind: "ORGANIZATION", Names: []string{"港投公司"}}}})
		checkSpans(t, c.text, ps)
		got := rels(ps)
		for _, w := range c.want {
			if got[w] == nil {
				t.Errorf("%s: missing %s in %v", c.text, w, keys(got))
			}
		}
	}
}

// The wrong readings these constructions invite stay out.
func TestNoFactFromTheWrongEnd(t *testing.T) {
	cases := []struct {
		lang, text string
		not        []string
	}{
		// The owner of the thing bought is not the bought company.
		{"en", "XPeng has acquired Didi Global's smart-car unit.", []string{"SUBSIDIARY_OF Didi Global > XPeng"}},
		// 委任 yields to the organisation 出任 names.
		{"zh-Hans", "华润集团亦委任王晓东出任华润创业董事长。", []string{"LEADS 王晓东 > 华润集团"}},
		// "A's venture arm, B, invested": B invested, not A.
		{"en", "Alibaba Group's venture arm, Alibaba Entrepreneurs Fund, invested in Hong Kong startup Shopline.",
			[]string{"INVESTED_IN Alibaba Group > Shopline"}},
		// The partner after 與 is not a second subsidiary.
		{"zh-Hant", "新世界發展旗下的K11 Ventures與香港理工大學攜手成立「理大創科基金」。", []string{"SUBSIDIARY_OF 香港理工大學 > 新世界發展"}},
		// Words inside the title of an agreement are no party to it.
		{"zh-Hans", "深圳市政府与香港特区政府签署了《深港科技创新合作区建设合作协议》。", []string{"PARTNERED_WITH 深圳市政府 > 深港科技"}},
		// A run of titles is no organisation.
		{"zh-Hant", "匯立通創辦人兼行政總裁黃志偉表示，公司計劃拓展東南亞市場。", []string{"LEADS 黃志偉 > 匯立通創辦人兼"}},
		// -based describes the name in its own apposition, not an investor further on.
		{"en", "Zeta Robotics, a Shenzhen-based startup, said it had raised US$20 million led by Matrix Partners China.",
			[]string{"LOCATED_IN Matrix Partners China > Shenzhen"}},
	}
	for _, c := range cases {
		got := rels(Extract(Input{Text: c.text, Language: c.lang, Published: "2024-11-05"}))
		for _, n := range c.not {
			if got[n] != nil {
				t.Errorf("%s: proposed %s", c.text, n)
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

package extract

import "testing"

// A contribution stated without its object funds the lab, centre or fund just named; with no
// amount after the verb, or no such thing named, it gives nothing. Invented sentences.
func TestContributions(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orion University and Vestal Energy signed an agreement to set up the Orion-Vestal Centre in Kowloon Tong. Under the agreement, Vestal Energy will contribute HK$50 million over five years.",
			[]string{"FUNDS Vestal Energy > Orion-Vestal Centre"}, nil},
		{"Pinecrest Fund I drew commitments from Harbour Capital, which put in US$20 million.",
			[]string{"FUNDS Harbour Capital > Pinecrest Fund I"}, nil},
		// No amount: a contribution of ideas or of time funds nothing.
		{"Orion University set up the Orion-Vestal Centre in Kowloon Tong. Vestal Energy contributed expertise.",
			nil, []string{"FUNDS Vestal Energy > Orion-Vestal Centre"}},
		// A contributor named only in an earlier sentence's subject is not taken.
		{"Vestal Energy backs the Orion-Vestal Centre. In May, existing investors put in US$3 million.",
			nil, []string{"FUNDS Vestal Energy > Orion-Vestal Centre"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "华辰大学与启明光电签署战略合作协议，双方将共建“智能光学联合实验室”。实验室首期投入1亿元，其中启明光电出资6000万元。",
			[]string{"FUNDS 启明光电 > 实验室"}}, // the lab, by the short name it is called again
		{"zh-Hant", "市政府宣布設立「翠谷產業母基金」，母基金由翠谷城市建設投資有限公司出資30億元，其餘向社會募集。",
			[]string{"FUNDS 翠谷城市建設投資有限公司 > 翠谷產業母基金"}},
	}, nil)
}

package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Round seventeen's type cues and names: licences and clearances from a regulator
// (RECOGNIZED_BY), a regulator named "X and Y Commission/Administration", money in other words
// (FUNDS), 成立 with its object at once (ESTABLISHED), a fund run by its manager (MANAGES), a
// founding member (MEMBER_OF), and the event a Chinese company attends or the award it wins
// named in full.
// Invented sentences.
func TestTypeCuesRound17(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Tallis Bank was granted a virtual banking licence by the Hong Kong Monetary Authority.",
			[]string{"RECOGNIZED_BY Tallis Bank > Hong Kong Monetary Authority"}, nil},
		{"Norbright Medical received clearance from the Food and Drug Administration for its scanner.",
			[]string{"RECOGNIZED_BY Norbright Medical > Food and Drug Administration"}, nil},
		{"Crestline Securities holds a licence from the Securities and Futures Commission.",
			[]string{"RECOGNIZED_BY Crestline Securities > Securities and Futures Commission"}, nil},
		{"Pelican Robotics received financial support from the Enterprise Support Scheme.",
			[]string{"FUNDS Enterprise Support Scheme > Pelican Robotics"}, nil},
		{"The Harbour Growth Fund is overseen by Crestline Capital.",
			[]string{"MANAGES Crestline Capital > Harbour Growth Fund"}, nil},
		{"Pelican Robotics is a founding member of the Hong Kong Robotics Association.",
			[]string{"MEMBER_OF Pelican Robotics > Hong Kong Robotics Association"}, nil},
		{"Norbright Robotics will exhibit at Harbour Fintech Week 2026.",
			[]string{"ATTENDED Norbright Robotics > Harbour Fintech Week 2026"}, nil},
		{"Orbix Labs exhibited at Harbour Fintech Week 2026.",
			[]string{"ATTENDED Orbix Labs > Harbour Fintech Week 2026"}, nil},
	})
	zh := []struct {
		text      string
		want, not []string
	}{
		{"恒豐集團於2021年成立恒豐機械人有限公司。", []string{"ESTABLISHED 恒豐集團 > 恒豐機械人有限公司"}, nil},
		{"星雲科技有限公司參加第五屆數字中國建設峰會。", []string{"ATTENDED 星雲科技有限公司 > 第五屆數字中國建設峰會"}, nil},
		{"藍鯨科技有限公司出席2026中國國際中小企業博覽會。", []string{"ATTENDED 藍鯨科技有限公司 > 2026中國國際中小企業博覽會"}, nil},
		{"星雲科技有限公司榮獲2026灣區資訊及通訊科技獎金獎。", []string{"SELECTED_FOR 星雲科技有限公司 > 2026灣區資訊及通訊科技獎"}, nil},
		{"星軌科技有限公司於2021年成立，目前是數碼港培育公司。", []string{"MEMBER_OF 星軌科技有限公司 > 數碼港"}, []string{"MEMBER_OF 星軌科技有限公司 > 數碼港培育公司"}},
		// A grade within a category is not the award.
		{"星雲科技有限公司奪得智慧出行銀獎。", nil, []string{"SELECTED_FOR 星雲科技有限公司 > 智慧出行銀獎"}},
		// A shareholders' meeting is no event of the ecosystem.
		{"藍鯨科技有限公司出席恒豐集團股東大會。", nil, []string{"ATTENDED 藍鯨科技有限公司 > 恒豐集團股東大會"}},
		{"基金的普通合夥人為恒通資本，恒通成長基金二期規模10億元。", nil, nil},
	}
	known := []Known{{ID: "cyberport", Kind: kg.KindOrganization, Names: []string{"數碼港", "Cyberport"}}}
	for _, c := range zh {
		ps := Extract(Input{Text: c.text, Language: "zh-Hant", Published: "2026-05-05", Known: known})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}

package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// English legal forms of other jurisdictions end a name with their full stop, after a comma too,
// and do not end the sentence; a People's Government keeps its possessive. Invented sentences.
func TestLegalFormsAndGovernmentsEn(t *testing.T) {
	org := kg.KindOrganization
	for _, c := range []struct {
		text string
		want map[string]kg.Kind
		not  []string
	}{
		{"Harbour Peak Partners LLC led the round.", map[string]kg.Kind{"Harbour Peak Partners LLC": org}, nil},
		{"The fund is managed by Kestrel Growth Fund II, L.P., a Cayman vehicle.", map[string]kg.Kind{"Kestrel Growth Fund II, L.P.": org}, nil},
		{"Nuvia Robotics, Inc. signed an agreement with Orbix Labs.", map[string]kg.Kind{"Nuvia Robotics, Inc.": org}, []string{"Inc"}},
		{"Siemens Healthineers GmbH partnered with Orbix Labs.", map[string]kg.Kind{"Siemens Healthineers GmbH": org}, nil},
		{"Banco Lumina S.A. invested in Orbix Labs.", map[string]kg.Kind{"Banco Lumina S.A.": org}, nil},
		{"Tidewater Holdings Pte. Ltd. acquired Orbix Labs.", map[string]kg.Kind{"Tidewater Holdings Pte. Ltd.": org}, []string{"Tidewater Holdings Pte"}},
		{"Orbix Labs signed a memorandum with the Shenzhen Municipal People's Government.",
			map[string]kg.Kind{"Shenzhen Municipal People's Government": org}, []string{"Shenzhen Municipal People"}},
		{"Orbix Labs signed an agreement with the People's Government of Nansha District.",
			map[string]kg.Kind{"People's Government of Nansha District": org}, nil},
		// A government named alone is no name.
		{"The Government said the scheme would open in May.", nil, []string{"Government", "The Government"}},
	} {
		checkEntities(t, "en", c.text, c.want, c.not)
	}
	checkEnCases(t, []enCase{
		{"Banco Lumina S.A. invested in Orbix Labs.", []string{"INVESTED_IN Banco Lumina S.A. > Orbix Labs"}, nil},
		{"Tidewater Holdings Pte. Ltd. acquired Orbix Labs last year.", []string{"SUBSIDIARY_OF Orbix Labs > Tidewater Holdings Pte. Ltd."}, nil},
		{"The Nansha District People's Government signed an agreement with Orbix Labs.",
			[]string{"PARTNERED_WITH Nansha District People's Government > Orbix Labs"}, nil},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河科技与深圳市人民政府签署合作协议。", []string{"PARTNERED_WITH 星河科技 > 深圳市人民政府"}},
		{"zh-Hant", "南沙區人民政府與星河科技簽署戰略合作協議。", []string{"PARTNERED_WITH 南沙區人民政府 > 星河科技"}},
	}, nil)
}

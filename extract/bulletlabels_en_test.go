package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Labelled bullets of a results announcement head their news; a label the text names again is a
// name. A local subsidiary's legal name keeps its bracketed place before "Co., Ltd.". Invented text.
func TestBulletLabelsEn(t *testing.T) {
	text := "Key developments in the period:\n\n- Acquisition: the Company completed its purchase of Orbis Sensing Co., Ltd. on 15 May.\n" +
		"- Strategic investment: Harbourline Capital subscribed for new shares.\n- New subsidiary: Tessaly Robotics (Shenzhen) Co., Ltd. was set up in January.\n" +
		"- Markets: a sales office opened in Dubai in June.\n- Lumora: a maker of eye scanners, joined as a partner. Lumora is based in Hong Kong.\n"
	checkEntities(t, "en", text, map[string]kg.Kind{"Tessaly Robotics (Shenzhen) Co., Ltd.": kg.KindOrganization, "Lumora": kg.KindOrganization},
		[]string{"Acquisition", "Strategic", "Markets", "Co., Ltd."})
	checkEnCases(t, []enCase{{text, nil, []string{"LOCATED_IN Markets > Dubai"}}})
}

package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A research body's English name runs on past "for" with its field. Invented sentences.
func TestResearchBodiesFor(t *testing.T) {
	checkEntities(t, "en", "Orion University will set up the Orion-Vestal Centre for Battery Research in Kowloon Tong.",
		map[string]kg.Kind{"Orion-Vestal Centre for Battery Research": kg.KindOrganization}, []string{"Orion-Vestal Centre"})
	checkEntities(t, "en", "The Harbour Institute for Quantum Materials opened on Monday.",
		map[string]kg.Kind{"Harbour Institute for Quantum Materials": kg.KindOrganization}, []string{"Harbour Institute"})
	checkEnCases(t, []enCase{
		{"Kowloon Polytechnic and Vestal Energy agreed to establish the Vestal Joint Laboratory for Solid-State Batteries. Vestal Energy will contribute HK$40 million.",
			[]string{"FUNDS Vestal Energy > Vestal Joint Laboratory for Solid-State Batteries"}, nil},
	})
}

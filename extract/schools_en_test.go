package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// "the University of Oxford": a name that opens with its kind word and continues with "of" is a
// name without a word before it, and stops at the sentence's end; "graduated from the" reads a
// school after it as well as a programme; "HKEX-listed X" lists X. Invented sentences.
func TestOfNamesSchoolsListingsEn(t *testing.T) {
	org := kg.KindOrganization
	checkEntities(t, "en", "Orbix Labs chief executive Mary Tam graduated from the University of Oxford. The company employs 40 people.",
		map[string]kg.Kind{"University of Oxford": org}, []string{"University of Oxford.", "University of Oxford. The"})
	checkEntities(t, "en", "The Department of Health approved the trial.", map[string]kg.Kind{"Department of Health": org}, nil)
	checkEnCases(t, []enCase{
		{"Orbix Labs chief executive Mary Tam graduated from the University of Oxford in 2001.",
			[]string{"EDUCATED_AT Mary Tam > University of Oxford", "LEADS Mary Tam > Orbix Labs"}, nil},
		{"Orbix Labs chief executive Mary Tam graduated from the Chinese University of Hong Kong.",
			[]string{"EDUCATED_AT Mary Tam > Chinese University of Hong Kong"}, nil},
		{"Orbix Labs graduated from the Cyberport Incubation Programme in 2023.",
			[]string{"PARTICIPATED_IN Orbix Labs > Cyberport Incubation Programme"}, []string{"EDUCATED_AT Orbix Labs > Cyberport Incubation Programme"}},
		{"London-listed Nimbus Robotics Limited said profit rose.", []string{"LISTED_ON Nimbus Robotics Limited > London"}, nil},
	})
}

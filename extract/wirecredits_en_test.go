package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A wire story's agency opening its first paragraph, a release's distributor between dashes,
// and the reporters its footer names, who work at the agency. Invented texts.
func TestWireCreditsEn(t *testing.T) {
	story := "Orbis Pay Agrees to Buy Macau Wallet Tessaly\n\n(Bloomberg) -- Orbis Pay Holdings Ltd. agreed to buy Tessaly Wallet for about $80 million, the company said on Monday.\n\n" +
		"The deal values Tessaly at twice its last round.\n\n--With assistance from Mary Tam and Ken Wu.\n\nTo contact the reporter on this story:\nPeter Chow in Hong Kong\n\n" +
		"To contact the editor responsible for this story:\nAlice Fong at afong@example.com\n"
	checkEnCases(t, []enCase{{story,
		[]string{"WORKED_AT Mary Tam > Bloomberg", "WORKED_AT Ken Wu > Bloomberg", "WORKED_AT Peter Chow > Bloomberg", "WORKED_AT Alice Fong > Bloomberg"},
		[]string{"LOCATED_IN Bloomberg > Macau", "INVESTED_IN Bloomberg > Tessaly Wallet"}}})
	release := "Tessaly Raises US$12 Million\n\nHONG KONG SAR - Asia Release Newswire - 3 March 2026 - Tessaly Wallet Limited today announced a US$12 million Series A round led by Orbis Capital.\n"
	checkEntities(t, "en", release, map[string]kg.Kind{"Asia Release Newswire": kg.KindOrganization}, nil)
	checkEnCases(t, []enCase{{release, []string{"INVESTED_IN Orbis Capital > Tessaly Wallet Limited"}, []string{"INVESTED_IN Orbis Capital > Asia Release Newswire"}}})
	// Brackets that open a line hold no agency unless a dash follows them.
	checkEntities(t, "en", "(Updated) Orbis Pay said sales rose.\n", nil, []string{"Updated"})
}

// English names without a cue word's capital: a lower-case "plc", the full stop of "& Co.",
// and the employer after "ex-". Invented sentences.
func TestLegalFormsAndExEmployersEn(t *testing.T) {
	org := kg.KindOrganization
	checkEntities(t, "en", "Daniel Wong joined the insurer from Harbourline Assurance plc in 2022.", map[string]kg.Kind{"Harbourline Assurance plc": org}, nil)
	checkEntities(t, "en", "The bank hired staff from Tessaly Holdings plc.", map[string]kg.Kind{"Tessaly Holdings plc": org}, []string{"Tessaly Holdings plc."})
	checkEntities(t, "en", "Orbis & Co. joined the round as a strategic investor.", map[string]kg.Kind{"Orbis & Co.": org}, nil)
	checkEnCases(t, []enCase{{"Tessaly Wallet hired ex-Lumora engineer Marcus Ho as its chief technology officer.", []string{"WORKED_AT Marcus Ho > Lumora"}, nil}})
}

package extract

import "testing"

// English clause shapes that carry a sentence's subject over (round nineteen). Invented text.
func TestPrepositionOpenerBeforePronounEn(t *testing.T) {
	checkEnCases(t, []enCase{
		// "For …, it has signed": the opener names no one; "it" and "the company" after it refer
		// back to the subject, not to the distributor the sentence names as an object.
		{"Hong Kong-based Corvina Labs raised US$10 million on Monday. For the launch, it has signed a supply agreement with Paloma Trading, a Macau-based wholesaler. The company plans to open an office in Tokyo next year.",
			[]string{"LOCATED_IN Corvina Labs > Tokyo"},
			[]string{"LOCATED_IN Paloma Trading > Tokyo"}},
		{"Tessaly Robotics builds warehouse robots in Hong Kong. As part of the deal, it agreed with Brantley Freight, a Seoul logistics group, to test them. The firm will open an office in Osaka later this year.",
			[]string{"LOCATED_IN Tessaly Robotics > Osaka"},
			[]string{"LOCATED_IN Brantley Freight > Osaka"}},
	})
}

// "The firm" is never a fund vehicle, nor a backer the fund's sentence names.
func TestFirmIsNoFundVehicleEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Larchmont Partners, a Hong Kong-based investor, has raised its first fund. Larchmont Growth Fund I closed on Friday with commitments from Orchid Insurance. The firm was founded by Daniel Mok.",
			[]string{"LEADS Daniel Mok > Larchmont Partners"},
			[]string{"LEADS Daniel Mok > Larchmont Growth Fund I", "LEADS Daniel Mok > Orchid Insurance"}},
	})
	for _, c := range []struct {
		name string
		want bool
	}{{"Larchmont Growth Fund I", true}, {"Larchmont Growth Fund", true}, {"Seed Fund 2", true},
		{"Fund", false}, {"Fundamental Labs", false}, {"Larchmont Partners", false}, {"Fund Services Ltd", false}} {
		if got := fundVehicle(c.name); got != c.want {
			t.Errorf("fundVehicle(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// A run of "it" sentences after "The fund …" refers to the fund, not to a name before the run.
func TestItChainAfterKindNounEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Marlow Capital and Temasek veterans launched Marlow Asia Fund II on Monday. Its partners spent years at Temasek. The fund will back start-ups in India. It has already made one investment. In May it led a US$12 million Series A in Quillon Health.",
			[]string{"INVESTED_IN Marlow Asia Fund II > Quillon Health"},
			[]string{"INVESTED_IN Temasek > Quillon Health"}},
	})
}

// A semicolon list's items may carry relative clauses and article-less descriptions as asides.
func TestSemicolonItemsWithRelativeAsidesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Quarry Lane Capital raised a fund. The firm was founded by Grace Ho, who spent nine years at Blackstone; Peter Lin, formerly of Hillhouse; and Rohan Mehta, previously chief financial officer of Gaorong.",
			[]string{"LEADS Grace Ho > Quarry Lane Capital", "LEADS Peter Lin > Quarry Lane Capital", "LEADS Rohan Mehta > Quarry Lane Capital"},
			nil},
	})
}

// The second verb phrase of a coordinated aside is the name's, not a name's inside the first.
func TestCoordinatedAsideHeadEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Bridgepay, founded in 2018 by former Visa executive Tom Lau and merged with rival CoinLoop in 2022, said it would apply for a licence.",
			[]string{"MERGED_WITH Bridgepay > CoinLoop"},
			[]string{"MERGED_WITH Tom Lau > CoinLoop", "MERGED_WITH Visa > CoinLoop"}},
	})
}

// "its" inside a relative clause is the clause's own organisation's.
func TestItsInRelativeClauseEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Harrow Peak Capital was founded by Nina Lau, who spent ten years at Carlyle and left as a partner in its Tokyo office.",
			[]string{"LOCATED_IN Carlyle > Tokyo"},
			[]string{"LOCATED_IN Harrow Peak Capital > Tokyo"}},
	})
}

package extract

import "testing"

// A subsidiary named as "The unit, X," and then called "the subsidiary" and "It"; a head named
// in the passive; money received under a scheme. Invented sentences.
func TestUnitReferencesEn(t *testing.T) {
	text := "Kowloon battery maker Ferrowell Energy is setting up a testing subsidiary in Singapore. " +
		"The unit, Ferrowell Labs (Singapore) Limited, was registered on Monday. " +
		"Ferrowell presented the plan at a trade fair in Jakarta. " +
		"The subsidiary is expected to receive funding under the Harbour Green Transition Scheme. " +
		"It plans to hire 40 chemists. It will be led by Helen Raman, formerly chief engineer at Sunwell Power."
	checkEnCases(t, []enCase{{text,
		[]string{"LEADS Helen Raman > Ferrowell Labs (Singapore) Limited",
			"FUNDS Harbour Green Transition Scheme > Ferrowell Labs (Singapore) Limited"},
		[]string{"LEADS Helen Raman > Ferrowell Energy", "FUNDS Harbour Green Transition Scheme > Ferrowell Energy"}}})
	checkEnCases(t, []enCase{
		// In a sentence about a round, "led by" names the lead investor, not a head.
		{"Ferrowell closed a US$20 million Series B round. The round is led by Tessaly Ventures.",
			nil, []string{"LEADS Tessaly Ventures > Ferrowell"}},
		{"The new lab is headed by Martin Osei, a former Sunwell Power engineer.", nil, nil},
		{"Brightside Analytics is led by Hannah Koh, who founded it in 2020.",
			[]string{"LEADS Hannah Koh > Brightside Analytics"}, nil},
	})
}

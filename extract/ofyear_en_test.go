package extract

import "testing"

// "X of the Year" is one award's name, and no company named "Year" whose lower-case "next year"
// would stand between a programme and its cue. Invented text.
func TestOfTheYearAwards(t *testing.T) {
	text := "The government will launch the Harbour Trials Scheme next year, funded under the 2027-28 Budget. " +
		"Orbix Labs won the forum's Start-up of the Year award on Friday."
	checkEnCases(t, []enCase{{text, []string{"ANNOUNCED 2027-28 Budget > Harbour Trials Scheme",
		"SELECTED_FOR Orbix Labs > Start-up of the Year award"}, nil}})
}

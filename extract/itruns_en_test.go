package extract

import "testing"

// A run of sentences opening with It/Its keeps the subject named before the run, even when
// another organisation opens more sentences of the article.
func TestItRunKeepsSubject(t *testing.T) {
	text := "The Hong Kong Monetary Authority (HKMA) on Wednesday granted licences to three firms.\n\n" +
		"The licensees are Tessera Pay, a joint venture of two banks, and Orbit Coin. The HKMA said more would follow.\n\n" +
		"Tessera Pay, 60% owned by Hang Seng Bank, plans to launch a coin in the second quarter. It has paid-up capital of HK$200 million. " +
		"Its chief executive, Sam Yu, previously headed payments at Hang Seng Bank."
	checkRelCases(t, []relCase{{"en", text, []string{"LEADS Sam Yu > Tessera Pay"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"LEADS Sam Yu > HKMA", "LEADS Sam Yu > Hong Kong Monetary Authority"}}})
}

// "It" after a run that "The fund" opens is the fund, not the article's most named firm.
func TestItRunAfterKindNoun(t *testing.T) {
	text := "Redwood Partners, a Hong Kong-based investor, has held a first close on its debut fund at US$200 million.\n\n" +
		"Redwood Asia Growth Fund I closed on Friday with commitments from several insurers.\n\n" +
		"Redwood Partners was founded by Amy Ho, a former director at Temasek. Redwood Partners has eight staff.\n\n" +
		"The fund will back mid-stage companies in Southeast Asia. It has already made two investments. " +
		"In August it led a US$30 million Series B in Lumio Robotics, a Shenzhen start-up."
	checkRelCases(t, []relCase{{"en", text, []string{"INVESTED_IN Redwood Asia Growth Fund I > Lumio Robotics"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"INVESTED_IN Redwood Partners > Lumio Robotics", "INVESTED_IN Temasek > Lumio Robotics"}}})
}

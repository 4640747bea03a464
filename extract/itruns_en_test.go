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

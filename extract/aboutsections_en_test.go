package extract

import "testing"

// In an "About X" section, "its" is X, not the release's main subject. Invented release.
func TestAboutSectionSubject(t *testing.T) {
	text := "Orbis University and Kestrel Power signed an agreement on Monday to set up a joint laboratory.\n\n" +
		"Orbis University will host the laboratory. Orbis University said the laboratory will open next year.\n\n" +
		"About Orbis University\nOrbis University is a research university in Hong Kong.\n\n" +
		"About Kestrel Power\nFounded in 1901, Kestrel Power is listed in Hong Kong. Through its subsidiary Kestrel Green Energy, it supplies gas in ten provinces."
	got := rels(Extract(Input{Text: text, Language: "en", Published: "2025-06-05"}))
	if got["SUBSIDIARY_OF Kestrel Green Energy > Orbis University"] != nil {
		t.Errorf("its read as the release's main subject: %v", keys(got))
	}
	if got["SUBSIDIARY_OF Kestrel Green Energy > Kestrel Power"] == nil {
		t.Errorf("missing SUBSIDIARY_OF Kestrel Green Energy > Kestrel Power in %v", keys(got))
	}
}

package extract

import "testing"

// In a roundup each paragraph is about its own company: "The company" there is the company
// the paragraph opened with, not the one the paragraphs above named most. Within one paragraph
// the article's subject still wins. A capitalised title opening a sentence names no company.
// Invented sentences.
func TestParagraphSubjectEn(t *testing.T) {
	roundup := "In Singapore, fintech Paylark raised US$9 million from Orbis Ventures. Paylark, founded in 2018 by Ada Wong, sells payroll software.\n\n" +
		"Drone startup Skyquill secured US$4 million from Kestrel Capital. Its chief executive, Tom Reyes, previously worked at DJI. The company, which is based at Cyberport, will hire 20 engineers."
	oneStory := "Paylark raised US$9 million from Orbis Ventures. Paylark was founded in 2018. Existing backer Kestrel Capital also took part. The company, which is based at Cyberport, will hire 20 engineers."
	checkEnCases(t, []enCase{
		{text: roundup, want: []string{"LOCATED_IN Skyquill > Cyberport"}, not: []string{"LOCATED_IN Paylark > Cyberport"}},
		{text: oneStory, want: []string{"LOCATED_IN Paylark > Cyberport"}, not: []string{"LOCATED_IN Kestrel Capital > Cyberport"}},
		{text: "Managing partners Ann Lee and Bo Ma spent years at Cyberport.", not: []string{"LEADS Ann Lee > Managing"}},
	})
}

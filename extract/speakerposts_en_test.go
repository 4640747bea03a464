package extract

import "testing"

// A titled speaker of a sentence about a company, and a post "became" after joining a company.
// Invented sentences.
func TestSpeakerPostsEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"Orbix Labs will expand into Japan, chief executive Mary Tam said.",
			[]string{"LEADS Mary Tam > Orbix Labs"}, nil},
		{"Orbix Labs opened a lab. It will hire 40 people, said chief executive Dr Mary Tam.",
			[]string{"LEADS Mary Tam > Orbix Labs"}, nil},
		{"Mary Tam joined Orbix Labs in 2012 and became chief executive in 2020.",
			[]string{"LEADS Mary Tam > Orbix Labs"}, []string{"WORKED_AT Mary Tam > Orbix Labs"}},
		{"Mary Tam, a graduate of Kowloon University who joined Orbix Labs from Nimbus Robotics in 2012, became president in 2022.",
			[]string{"LEADS Mary Tam > Orbix Labs", "WORKED_AT Mary Tam > Nimbus Robotics"}, nil},
		// A sentence that opens with a person gives the speaker no company.
		{"Mary Tam said the market was cooling, analyst Peter Wong said.", nil, []string{"LEADS Peter Wong > Mary Tam"}},
		// A bare post in a sentence of its own is at the company the text is about; a founder
		// after an aside that is a relative clause is the list's next item.
		{"Orbix Labs was founded in 2023 by Priya Raman, who spent five years at McKinsey, and Marcus Leung, a former Google engineer. Raman is the CEO; Leung is the CTO.",
			[]string{"LEADS Marcus Leung > Orbix Labs", "LEADS Raman > Orbix Labs", "LEADS Leung > Orbix Labs"}, nil},
		{"Orbix Labs raised money. Mary Tam is the best.", nil, []string{"LEADS Mary Tam > Orbix Labs"}},
		// Co-founders after "with".
		{"Lily Chow co-founded Jade River in 2023 with Michael Tse, a former Goldman Sachs banker.",
			[]string{"LEADS Lily Chow > Jade River", "LEADS Michael Tse > Jade River"}, nil},
		{"Mary Tam started Orbix Labs with Peter Wong and Alice Ho.",
			[]string{"LEADS Peter Wong > Orbix Labs", "LEADS Alice Ho > Orbix Labs"}, nil},
		{"Mary Tam met Orbix Labs with Peter Wong.", nil, []string{"LEADS Peter Wong > Orbix Labs"}},
		// A leader's title opening the sentence: the company the text is about; an analyst's not.
		{"Kowloon Data Holdings reported a profit. Chairman Raymond Ho said the group would grow.",
			[]string{"LEADS Raymond Ho > Kowloon Data Holdings"}, nil},
		{"Kowloon Data Holdings reported a profit. Analyst Raymond Ho said the group would grow.",
			nil, []string{"WORKED_AT Raymond Ho > Kowloon Data Holdings"}},
		// No post after "became": nothing.
		{"Mary Tam joined Orbix Labs in 2012 and became famous.", nil, []string{"LEADS Mary Tam > Orbix Labs"}},
	})
}

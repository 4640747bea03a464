package extract

import "testing"

// "Its founder …", "Its chairman is …": English possessives before a title refer back to the
// organisation named before; after a deal ("A has acquired B") a founder's or chief executive's
// title is the company the deal was about. Invented sentences.
func TestPossessiveTitlesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		// A copula after the title names its holder.
		{"Tidal Health, a medtech start-up, raised US$10 million. Its chairman is John Chan.",
			[]string{"LEADS John Chan > Tidal Health"}, nil},
		{"Nimbus Robotics Limited raised US$3 million. Its founder and chief executive is Peter Wong, a former Google engineer.",
			[]string{"LEADS Peter Wong > Nimbus Robotics Limited", "WORKED_AT Peter Wong > Google"}, nil},
		// Plural founders before a list of names, after a comma, "include" or "are".
		{"Orchid Labs Limited raised HK$20 million. Its founders, Alice Ho and Ben Yu, met at university.",
			[]string{"LEADS Alice Ho > Orchid Labs Limited", "LEADS Ben Yu > Orchid Labs Limited"}, nil},
		{"Lumen Bio Limited raised US$8 million. Its co-founders include Carol Ng, who previously worked at Roche.",
			[]string{"LEADS Carol Ng > Lumen Bio Limited", "WORKED_AT Carol Ng > Roche"}, nil},
		// A founder after a deal is the founder of the company bought or backed.
		{"Blue Ocean Capital has acquired Kestrel Analytics Limited. Its founder, David Lee, said the deal closed in May.",
			[]string{"LEADS David Lee > Kestrel Analytics Limited"}, []string{"LEADS David Lee > Blue Ocean Capital"}},
		// No possessive: the copula starts a clause about the post, and partners are companies.
		{"Orchid Labs Limited raised HK$20 million. The chairman is Expected Growth.", nil,
			[]string{"LEADS Expected Growth > Orchid Labs Limited"}},
		{"Orchid Labs Limited raised HK$20 million. Its partners, Jade Capital and Harbour Bank, welcomed the news.", nil,
			[]string{"LEADS Jade Capital > Orchid Labs Limited", "LEADS Harbour Bank > Orchid Labs Limited"}},
	})
}

package extract

import "testing"

// A rumour denied in Cantonese states no fact. Invented texts.
func TestCantoneseDenials(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "共享辦公「聚點空間」觀塘新中心開幕\n\n被問到市場傳聞Regus有意收購聚點空間，她笑言：「冇呢回事，我哋一直都係獨立營運。」",
			[]string{"SUBSIDIARY_OF 聚點空間 > Regus"}},
	})
}

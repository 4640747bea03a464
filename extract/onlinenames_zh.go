package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Chinese internet companies are named "<brand>在線" (online): 眾安在線, 東方在線. 在線 is also
// an adverb and the first word of compounds (在線教育, 用戶在線), so it is a word suffix: it ends
// a name only where the name visibly ends (在港上市的眾安在線旗下…), and never after the
// people or the time that are "online" (用戶在線, 全天候在線).
func init() {
	zhSuffixes = sortedByLength(append(zhSuffixes, suffix{"在线", kg.KindOrganization}))
	wordSuffixes["在线"] = true
}

// onlineHolderEnds end the words that say who or when is online, not a brand.
const onlineHolderEnds = "户人时员者客众天候线网"

// onlineBrand reports whether the run left before 在線 can be a brand's: not one of the
// words that say who or when is online.
func onlineBrand(left string) bool {
	r := []rune(left)
	return len(r) >= 2 && !strings.ContainsRune(onlineHolderEnds, r[len(r)-1])
}

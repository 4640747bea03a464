package extract

import "regexp"

// A Chinese sentence may open with the round rather than the company: 港華科技的A輪融資由星河資本
// 領投, 甲公司的3億元B輪融資獲乙參與. The company that owns the round is the sentence's subject
// for the round's cues, although 的 follows it.

// zhOwnedRound matches what follows the owner's 的: an amount, a round's label, then 融资.
var zhOwnedRound = regexp.MustCompile(`^的(?:[0-9.,，约逾近超数亿万千百元港美人民币]*)(?:(?:新一|最新一|[A-Za-z]+\+?|pre-[A-Za-z]+|种子|天使|战略|首)轮)?融资`)

// roundOwner reports whether 的 at i opens the round the mention before it owns.
func roundOwner(d *doc, i int) bool {
	if d.lang == "en" || i >= len(d.folded) || d.folded[i] != '的' {
		return false
	}
	return zhOwnedRound.MatchString(string(d.folded[i:min(len(d.folded), i+24)]))
}

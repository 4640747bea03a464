package extract

// 出席「LEAP 2026」科技大會, 參加「Web Summit」峰會, 「InnoEX」創科展: a quoted name the noun of an
// event follows (with at most a short modifier between: 科技, 金融科技, 國際) is that event's
// name, whatever its letters would make it (a Latin name alone reads as a company's).

// zhEventHeads are the nouns of an event that may follow its quoted name.
var zhEventHeads = []string{"论坛", "峰会", "大会", "博览会", "博览", "展览会", "展览", "展会", "创科展", "科技展", "交易会", "年会", "大赛", "路演", "发布会", "推介会", "创业日", "创新周", "科技周", "嘉年华"}

// eventNounAfterQuote reports whether such a noun follows the closing quote at q (its index),
// within four Han runes that hold no stop rune (「甲」與乙大會 joins a partner; it names no event).
func eventNounAfterQuote(f []rune, q int) bool {
	for k := q + 1; k < len(f) && k <= q+5; k++ {
		if wordAt(f, k, zhEventHeads) {
			return true
		}
		if !isHan(f[k]) || zhStopRunes[f[k]] {
			return false
		}
	}
	return false
}

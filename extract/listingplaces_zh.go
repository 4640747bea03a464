package extract

// zhListingWords after a place make it a listing venue: 登陸香港主板, 進入香港資本市場, 進軍美股.
var zhListingWords = []string{"主板", "创业板", "科创板", "资本市场", "股市", "交易所", "联交所", "上市", "挂牌", "证券市场"}

// listingPlace reports whether a Chinese market cue's place is followed by a word of listing:
// the company goes to the place's exchange, which is LISTED_ON's to read, not a market it sells in.
func listingPlace(d *doc, to []mention) bool {
	if d.lang == "en" {
		return false
	}
	for _, m := range to {
		if wordAt(d.folded, m.end, zhListingWords) {
			return true
		}
	}
	return false
}

package extract

import "unicode"

// "AT&T Ventures", "S&P Global", "M&G Investments": an ampersand between two capitals with no
// space around it is inside one word; "Ernst & Young" spaces it and joins two words of a name.
// The common abbreviations written so (R&D, M&A) are no names (enAmpersandWords).

// innerAmpersand reports whether r[j] is an ampersand between two upper-case letters.
func innerAmpersand(r []rune, j int) bool {
	return r[j] == '&' && j > 0 && j+1 < len(r) && unicode.IsUpper(r[j-1]) && unicode.IsUpper(r[j+1])
}

// enAmpersandWords are abbreviations with an inner ampersand that name no organisation.
var enAmpersandWords = wordSet(`R&D M&A Q&A F&B B&R P&L O&M E&P T&C T&Cs`)

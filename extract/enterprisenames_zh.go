package extract

// Hong Kong conglomerates name their investment and holding arms "<group> 企業" (Enterprises):
// 周大福企業跟投, 周大福企業及港投公司. After a listed organisation, 企業 that ends the name (a
// break, a particle, a verb of the round) belongs to it: the arm is the party, not the group.
// A longer word (企業微信, 企業家) or a description (騰訊企業服務) runs on and is left alone.

// zhEnterpriseEnds follow "<listed> 企業" where the name ends and nameEndsAt does not see it.
var zhEnterpriseEnds = []string{"跟投", "参投", "入股", "注资", "则", "亦"}

// enterpriseEnd returns the end of "企業" after the listed name ending at end, or end.
func enterpriseEnd(f []rune, end int) int {
	const word = "企业"
	k := end + len([]rune(word))
	if !hasPrefixAt(f, end, word) || !(nameEndsAt(f, k) || wordAt(f, k, zhEnterpriseEnds)) {
		return end
	}
	return k
}

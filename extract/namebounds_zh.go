package extract

// Where a new Chinese name may not reach: a verb that brings a party in stands before a name,
// never inside it (融資中引入甲資本, 早前引進乙創投 name 甲資本 and 乙創投).
func init() {
	zhStopWords = append(zhStopWords, "引入", "引进", "迎来", "吸引")
}

// jointRun reports whether the candidate f[s:e] joins two names with a joint verb (甲创投联合乙资本,
// 甲科技携手乙集团): the part before the verb ends with a kind suffix and at least two runes
// follow it that are no bare suffix (甲科技联合实验室 is the company's joint lab), so the run is
// two parties read across the verb, not one name.
func jointRun(f []rune, s, e int) bool {
	for k := s + 2; k+2 < e; k++ {
		for _, v := range zhJointVerbs {
			rest := string(f[min(e, k+len([]rune(v))):e])
			if hasPrefixAt(f, k, v) && len([]rune(rest)) >= 2 && !bareSuffix(rest) && kindSuffixOf(string(f[s:k])) != "" {
				return true
			}
		}
	}
	return false
}

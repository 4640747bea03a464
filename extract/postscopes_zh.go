package extract

// zhPostScopes name the part of the world a post covers, between the company and the title
// (出任公司全球总裁, 担任集团亚太区首席执行官, 现任其中国区总经理): the post is still the
// company's own.
var zhPostScopes = []string{"全球", "国际", "海外", "亚太区", "亚太", "大中华区", "中国区", "亚洲区", "香港区", "东南亚区", "区域"}

// skipPostScope skips what stands between a take-up verb and its title: the company the post
// belongs to (公司, 其), the region it covers (全球) and the function (研发): 出任公司全球研发总监.
func skipPostScope(f []rune, j int) int {
	j = skipWords(f, j, []string{"公司", "该公司", "本公司", "新公司", "集团", "其"})
	return skipWords(f, skipWords(f, j, zhPostScopes), zhFunctions)
}

// namedWholeElsewhere reports whether the text names f[s:e] elsewhere as a whole name, right
// before a verb or a punctuation mark (汇川技术公告称 … 汇川技术副总裁李敏): then the function
// word at its end (技术) is part of the name, not the post's department.
func namedWholeElsewhere(f []rune, s, e int) bool {
	name := f[s:e]
	for i := 0; i+len(name) <= len(f); i++ {
		if i == s || !hasPrefixAt(f, i, string(name)) {
			continue
		}
		if j := i + len(name); j < len(f) && wordStartingAt(f, j, zhNameEnd) != "" && (i == 0 || !isHan(f[i-1]) || endsWithAny(f, i, zhDescriptors)) {
			return true
		}
	}
	return false
}

package extract

// zhBylineRoles are the roles a byline gives a name after a space or a bar (界面新闻记者 | 陈默,
// 每经编辑 刘洋): the person WORKED_AT the medium before the role.
var zhBylineRoles = map[string]bool{"记者": true, "编辑": true}

// bylinePerson reports whether person m is a byline's reporter or editor: a byline role
// (记者, 编辑) stands right before the name, a space apart at most.
func bylinePerson(d *doc, m mention) bool {
	i := m.start
	for i > 0 && isSpace(d.folded[i-1]) {
		i--
	}
	for r := range zhBylineRoles {
		if hasSuffixAt(d.folded, i, r) {
			return true
		}
	}
	return false
}

// dispatchTailCut returns where a source line's medium ends once the dispatch word after it
// (讯, 快讯: "news from") is cut off, when a name of two runes or more is left.
func dispatchTailCut(f []rune, ls, me int) int {
	for _, t := range zhDispatchTails {
		n := len([]rune(t))
		if isHan([]rune(t)[0]) && me-ls >= n+2 && hasSuffixAt(f, me, t) {
			return me - n
		}
	}
	return me
}

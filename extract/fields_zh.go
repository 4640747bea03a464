package extract

// Chinese biographies name a graduate's subject right after the university: 毕业于南京大学微电子
// 专业, 武汉大学生物科技系. The subject's last word may end a company's name (电子, 科技, 生物),
// but a university before it and 专业 or 系 after it make it a field of study, not a company.

// zhStudyUnits follow a field of study.
var zhStudyUnits = []string{"专业", "学系", "系", "方向", "学科"}

// zhSchoolEnds end the university or college a field of study belongs to.
var zhSchoolEnds = []string{"大学", "学院"}

// studyField reports whether the suffix match f[start:end] (its suffix at i) holds a
// university's name followed by a field of study, and a study unit follows it.
func studyField(f []rune, start, i, end int) bool {
	if !wordAt(f, end, zhStudyUnits) {
		return false
	}
	for k := start + 2; k <= i; k++ {
		if endsWithAny(f, k, zhSchoolEnds) {
			return true
		}
	}
	return false
}

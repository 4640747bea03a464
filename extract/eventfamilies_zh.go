package extract

import (
	"slices"
	"strings"
)

// zhEventFamilies group the nouns Chinese news uses for one kind of event: a text names
// 「2025亞洲物流博覽」 in full, then calls it 展會 (the fair) or 博覽會; it names 「甲峰會」, then
// says 論壇 or 大會 of the same meeting.
var zhEventFamilies = [][]string{
	{"博览会", "展览会", "展会", "博览", "展览", "创科展", "展"},
	{"论坛", "峰会", "大会", "年会"},
}

// sameEventFamily reports whether an event's (folded) name ends in a noun of the family of
// noun, the word a text refers to it by.
func sameEventFamily(name, noun string) bool {
	if noun == "" {
		return false
	}
	for _, fam := range zhEventFamilies {
		if !slices.Contains(fam, noun) {
			continue
		}
		for _, w := range fam {
			if strings.HasSuffix(name, w) {
				return true
			}
		}
	}
	return false
}

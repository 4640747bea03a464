package extract

import "strings"

// Mainland web news gives the writer on a line of its own (作者：何一帆, 文：林晓彤) and the
// medium at the head of the first paragraph (雷峰网消息，… 36氪讯，…): the writer WORKED_AT that
// medium, as a reporter on a source line does (bylinelines_zh.go reads the pair through
// lineBylines).

// zhAuthorMarks open a writer's line.
var zhAuthorMarks = []string{"作者：", "作者:", "作者 ", "文：", "文:", "撰文："}

// zhNewsOpeners follow a medium's name at the head of a paragraph (雷峰网消息，).
var zhNewsOpeners = []string{"消息，", "消息,", "讯，", "讯,", "报道，", "报道,"}

// authorLineByline reads a writer's line among the opening lines and the medium that opens the
// next non-empty line.
func authorLineByline(d *doc) (lineByline, bool) {
	f := d.folded
	for ls, n := 0, 0; ls < len(f) && n < 4 && ls < 200; n++ {
		le := ls
		for le < len(f) && f[le] != '\n' {
			le++
		}
		if mark := wordStartingAt(f, ls, zhAuthorMarks); mark != "" {
			j := ls + len([]rune(mark))
			for j < le && isSpace(f[j]) {
				j++
			}
			name, ok := chineseNameAfter(f, j)
			if ok && strings.TrimSpace(string(f[name.end:le])) == "" {
				if media, ok := mediumOpeningAfter(f, le); ok {
					return lineByline{media: media, reporter: name}, true
				}
			}
		}
		ls = le + 1
	}
	return lineByline{}, false
}

// mediumOpeningAfter reads the medium's name that opens the first non-empty line after i,
// before one of zhNewsOpeners: 2–8 runes of a plain name, no generic word, not the paper's
// own (本报).
func mediumOpeningAfter(f []rune, i int) (span, bool) {
	for i < len(f) && (f[i] == '\n' || isSpace(f[i])) {
		i++
	}
	for e := i + 2; e <= i+8 && e < len(f); e++ {
		if wordStartingAt(f, e, zhNewsOpeners) == "" {
			continue
		}
		run := f[i:e]
		if !plainName(run) || allGeneric(string(run)) || zhOwnMedia[string(run)] {
			return span{}, false
		}
		return span{i, e}, true
	}
	return span{}, false
}

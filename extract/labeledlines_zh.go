package extract

import "strings"

// Lists of companies set out one a line, each line headed by the company and a colon:
//
//	－ 星衡機械人：開發物流機械人，去年獲數碼港創意微型基金資助10萬港元；
//
// Every fact on such a line is about its head. When the head is no name the finders know,
// the slots borrow the subject of the text or of another line (科技園公司 for 星衡機械人), and
// the fact is wrong: a fact on a headed line keeps only ends written on the line.

// lineBullets open an item of a list line; Chinese releases use the full-width dash too.
const lineBullets = bulletRunes + "－—–"

// headedLine returns the start and end of the line around i when it opens with a bullet and
// a short head ending in a colon (－ 甲：…) and i stands after the head, else false.
func headedLine(d *doc, i int) (int, int, bool) {
	r := d.runes
	ls := i
	for ls > 0 && r[ls-1] != '\n' && i-ls < 400 {
		ls--
	}
	if ls > 0 && r[ls-1] != '\n' {
		return 0, 0, false
	}
	le := i
	for le < len(r) && r[le] != '\n' {
		le++
	}
	j := ls
	for j < le && isSpace(r[j]) {
		j++
	}
	if j >= le || !strings.ContainsRune(lineBullets, r[j]) {
		return 0, 0, false
	}
	for j++; j < le && isSpace(r[j]); j++ {
	}
	for k := j + 2; k < min(le, j+13); k++ {
		switch {
		case r[k] == '：' || r[k] == ':':
			if labelHead(d.folded[j:k]) {
				return 0, 0, false // －領投方：甲 gives the item a role, and the fact's other end stands elsewhere
			}
			return ls, le, k < i // the cue stands after the head
		case strings.ContainsRune("，。；、,;（）()「」", r[k]):
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// borrowedOnHeadedLine reports whether a Chinese fact whose cue stands after the head of a
// headed line has an end not written on that line.
func borrowedOnHeadedLine(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || d.lang == "en" {
		return false
	}
	ls, le, ok := headedLine(d, cueAt(d, p))
	if !ok {
		return false
	}
	line := string(d.runes[ls:le])
	return !strings.Contains(line, r.From.Name) || !strings.Contains(line, r.To.Name)
}

// zhLabelEnds end the heads of lines that give a role or a field, not a company (投資方, 主辦機構,
// 合作夥伴, 日期).
var zhLabelEnds = []string{"方", "者", "机构", "单位", "伙伴", "日期", "地点", "时间", "简介", "备注", "嘉宾", "成员", "名单"}

// labelHead reports whether a line's head is such a label.
func labelHead(head []rune) bool {
	h := string(head)
	for _, w := range zhLabelEnds {
		if strings.HasSuffix(h, w) {
			return true
		}
	}
	return false
}

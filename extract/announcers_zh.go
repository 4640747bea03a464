package extract

import "strings"

// A sentence that opens "甲（今日）宣布，乙完成…" reports what 乙 did: 甲 announces, and
// the next sentence ("本輪由丙領投") is about 乙. Press releases of universities, authorities and
// parents name the announcer first and the company the news is about after the comma.

// zhAnnounceVerbs say that what follows the comma is the announcement.
var zhAnnounceVerbs = []string{"宣布", "公布", "宣告", "披露", "通报", "发布消息"}

// zhAnnounceOpeners may stand between the announcer and the verb: when, and how.
var zhAnnounceOpeners = []string{"今日", "今天", "昨日", "昨天", "日前", "近日", "前日", "正式", "于", "亦", "也", "再", "同日", "当日"}

// announceOpenerRune and announceVerbRune report whether r opens a word of zhAnnounceOpeners
// or of zhAnnounceVerbs (TestAnnounceRunes keeps them in step with the lists): every mention
// of every cue's sentence asks, so a switch, not a scan of the words.
func announceOpenerRune(r rune) bool {
	switch r {
	case '今', '昨', '日', '近', '前', '正', '于', '亦', '也', '再', '同', '当':
		return true
	}
	return false
}

func announceVerbRune(r rune) bool {
	switch r {
	case '宣', '公', '披', '通', '发':
		return true
	}
	return false
}

// announcedFrom returns where the announced clause starts when the name ending at end
// announces it ("城大今日（9月8日）宣布，"), skipping a clause 由…的 that describes the clause's
// subject ("由城大教授創立的初創企業「乙」"); -1 when the name announces nothing.
func announcedFrom(d *doc, end, limit int) int {
	if d.lang == "en" {
		return -1
	}
	f := d.folded
	i := end
	for n := 0; n < 6 && i < limit; n++ {
		if f[i] == '(' || f[i] == '（' {
			j := i
			for j < limit && j < i+16 && f[j] != ')' && f[j] != '）' {
				j++
			}
			if j >= limit || j >= i+16 {
				return -1
			}
			i = j + 1
			continue
		}
		if !announceOpenerRune(f[i]) {
			break
		}
		w := wordStartingAt(f, i, zhAnnounceOpeners)
		if w == "" {
			break
		}
		i += len([]rune(w))
	}
	if i >= limit || !announceVerbRune(f[i]) {
		return -1 // the common case, found without comparing words: every mention asks
	}
	v := len([]rune(wordStartingAt(f, i, zhAnnounceVerbs)))
	if v == 0 || i+v >= limit || !strings.ContainsRune("，,：:", f[i+v]) {
		return -1
	}
	i += v + 1
	if i < limit && f[i] == '由' {
		if k := strings.IndexRune(string(f[i:min(limit, i+40)]), '的'); k > 0 {
			return i + len([]rune(string(f[i:min(limit, i+40)])[:k])) + 1
		}
	}
	return i
}

// announcedSubject reports whether the name ending at end announces a clause with a subject of
// its own: the first name after the comma opens the clause (descriptors before it, no verb) and
// fits. "數碼港今日宣布，與…簽署" or "宣布，委任…" leave the announcer the subject. It returns
// where the announced clause starts.
func announcedSubject(d *doc, rest []mention, end, limit int, fits func(mention) bool) (int, bool) {
	a := announcedFrom(d, end, limit)
	if a < 0 || len(rest) == 0 {
		return -1, false
	}
	n := rest[0]
	for _, m := range rest {
		if m.start >= a {
			n = m
			break
		}
	}
	if n.start < a || n.start-a > 10 || strings.ContainsAny(string(d.folded[a:n.start]), "，,、与和及将已获在于向对委签完") || !fits(n) {
		return -1, false
	}
	return a, true
}

// announcedHead reports whether m is the subject of a clause that a name before it in s
// announces: it opens the news as much as a name that opens the sentence.
func announcedHead(d *doc, ms []mention, m mention, fits func(mention) bool) bool {
	for i, p := range ms {
		if p.end > m.start {
			break
		}
		if a, ok := announcedSubject(d, ms[i+1:], p.end, m.end, fits); ok && a <= m.start && m.start-a <= 10 {
			return true
		}
	}
	return false
}

// zhSectionLabels end a label that heads a paragraph (公司背景：, 企业简介：): the name after
// the colon is the subject, and the label's 公司 refers to nothing.
var zhSectionLabels = []string{"背景", "简介", "介绍", "概况", "资料", "档案"}

// sectionLabelOpens reports whether sentence s opens with such a label of at most six runes
// and a colon.
func sectionLabelOpens(d *doc, s span) bool {
	if d.lang == "en" {
		return false
	}
	f := d.folded
	for k := s.start + 2; k <= s.start+6 && k < s.end; k++ {
		if f[k] == ':' || f[k] == '：' {
			return endsWithAny(f, k, zhSectionLabels)
		}
	}
	return false
}

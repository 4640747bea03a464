package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// A Chinese name that opens a clause before a verb of speech (陈乐贤表示, 黄伟伦称) is a
// person's, with no title beside it.

// zhSpeechVerbs are said of people: a surname and one or two runes before one of them is a
// person (the Simplified forms; the text is folded before matching).
var zhSpeechVerbs = []string{"表示", "指出", "称", "说", "认为", "强调", "透露", "坦言", "直言", "补充", "回应", "解释",
	"相信", "承认", "坦承", "笑言", "忆述", "憶述", "估计", "感慨", "续称", "续指", "续说", "形容", "谈到", "重申", "呼吁", "预料",
	"指，", "指：", "指:", "指,"}

// zhHearsayVerbs follow 据 and a name: 据陈乐贤介绍, 据黄伟伦透露.
var zhHearsayVerbs = []string{"介绍", "透露", "表示", "称", "说", "指", "估计", "了解"}

// zhFoundingVerbs follow a founder's name and a year (陈乐贤于2019年创立…); 成立 is said of
// companies (富信通于2019年成立) and stays out.
var zhFoundingVerbs = []string{"联合创立", "联合创办", "共同创立", "共同创办", "创立", "创办"}

// zhSpeechAdverbs may stand between the name and the verb (陈乐贤亦表示, 黄伟伦昨日称).
var zhSpeechAdverbs = []string{"亦", "也", "则", "又", "更", "还", "再", "昨日", "今日", "昨天", "今天", "日前", "早前", "随即", "其后", "当时", "接受采访时", "受访时"}

// zhNotSpeakers open with a surname's rune but are bodies, sides or words, not people.
var zhNotSpeakers = []string{"官方", "公司", "校方", "警方", "资方", "买方", "卖方", "高层", "高管", "董事", "发言", "国家",
	"管理", "双方", "各方", "应该", "可以", "相关", "有关", "万科", "马会", "文件", "报告", "报道", "研究", "调查", "消息",
	"市场", "业界", "分析", "江湖", "时间", "金管", "程序", "于是", "后来", "同时", "向来", "常常", "通常",
	"但", "和", "于", "向", "由", "对", // conjunctions and prepositions that are surnames too (但双方表示)
	// a line's label before a colon (来源：, 简介：, 文字：)
	"来源", "简介", "文字", "文章", "图片", "图文", "日期", "地址", "电话", "电邮", "网址", "备注", "附注", "标题", "主题", "内容", "背景",
	"结论", "总结", "重点", "要点", "问题", "回答", "提问", "主持", "嘉宾", "编辑", "作者", "翻译", "司仪", "全文", "原文", "申请",
	"资格", "截止", "费用", "名额", "对象", "单位", "项目", "目标", "方向", "范围", "金额", "价格", "规模", "成本", "宗旨", "特点"}

// zhSpeechFrames open the setting of a statement between a speaker's name and the verb
// (陈乐贤在记者会上表示, 陈乐贤接受本报访问时表示, 陈乐贤向记者透露).
var zhSpeechFrames = []string{"在", "于", "接受", "对", "向", "早前对", "早前在", "昨日在", "今日在", "昨日对", "日前在", "出席"}

// speechFrameAt reports whether a statement's setting opens at i and a verb of speech follows
// within twelve runes, with no break between.
func speechFrameAt(f []rune, i int) bool {
	w := wordStartingAt(f, i, zhSpeechFrames)
	if w == "" {
		return false
	}
	for j := i + len([]rune(w)); j < len(f) && j < i+14; j++ {
		if !isHan(f[j]) && !isLatinLetter(f[j]) {
			return false
		}
		if j > i+len([]rune(w)) && strings.ContainsRune("上时中后", f[j-1]) && wordAt(f, j, zhSpeechVerbs) ||
			(w == "对" || w == "向" || strings.HasSuffix(w, "对")) && j > i+len([]rune(w))+1 && wordAt(f, j, zhSpeechVerbs) {
			return true
		}
	}
	return false
}

// namesBeforeSpeechVerbs finds the person names that open a clause before a verb of speech.
func namesBeforeSpeechVerbs(d *doc) []mention {
	f := d.folded
	ms := namesOpeningAfter(d, "据」”", func(n, e int) bool {
		v := e
		if a := wordStartingAt(f, v, zhSpeechAdverbs); a != "" {
			v += len([]rune(a))
		}
		if wordAt(f, v, zhSpeechVerbs) || at2(f, e-n-1) == '据' && wordAt(f, v, zhHearsayVerbs) || speechFrameAt(f, v) {
			return true
		}
		if (at2(f, e) == ':' || at2(f, e) == '：') && (e-n == 0 || at2(f, e-n-1) == '\n') {
			return true // 陈乐贤：我们希望… : a transcript's speaker opens the line
		}
		// 陈乐贤于2019年创立栢盈医疗: a founder, when the verb has an object (富信通于2019年
		// 创立，… is the company, founded).
		y := afterYearPhrase(f, e)
		w := wordStartingAt(f, y, zhFoundingVerbs)
		o := y + len([]rune(w))
		if at2(f, o) == '了' {
			o++ // 创办了
		}
		return n == 3 && y > e && w != "" && isHan(at2(f, o)) && !zhStopRunes[at2(f, o)]
	})
	out := ms[:0]
	for _, m := range ms {
		run := f[m.start:m.end]
		if wordAt(run, 0, zhNotSpeakers) || containsAny(string(run), zhNotSpeakers[:6]) || wordAt(run, 0, zhNotNames) || hasKindSuffix(m.name) || allGeneric(string(run)) ||
			len(orgMatcher.FindFolded(run)) > 0 || !plainName(run) {
			continue
		}
		m.kind = kg.KindPerson
		out = append(out, m)
		if o, ok := foundedObject(d, m.end); ok {
			out = append(out, o)
		}
	}
	return out
}

// foundedObject reads the company after a founder's name, a year and a founding verb (陈乐贤
// 于2019年创立栢盈医疗): the run to the clause's end, when it reads as a name.
func foundedObject(d *doc, e int) (mention, bool) {
	f := d.folded
	y := afterYearPhrase(f, e)
	w := wordStartingAt(f, y, zhFoundingVerbs)
	if y == e || w == "" {
		return mention{}, false
	}
	s := y + len([]rune(w))
	if at2(f, s) == '了' {
		s++
	}
	end := s
	for end < len(f) && end-s <= 8 && (isHan(f[end]) || isLatinLetter(f[end])) && !zhStopRunes[f[end]] && (end == s || !wordAt(f, end, zhNameEnd)) {
		end++
	}
	if end < len(f) && !strings.ContainsRune("，。；,;", f[end]) || !listItemName(f[s:end], false) {
		return mention{}, false
	}
	name := string(d.runes[s:end])
	return mention{start: s, end: end, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)}, true
}

func init() {
	// A leader's title after a quoted name says the quote names an organisation
	// (「栢盈醫療」創辦人陳樂賢).
	for _, t := range titles {
		if !t.latin && t.role != "" && len(t.runes) >= 2 {
			zhCompanyDoes = append(zhCompanyDoes, t.cue)
		}
	}
}

// latinPersonInChinese reports whether a run of two or three capitalised Latin words inside
// Chinese text is a person's name: each word reads as a name's, and a title stands before it
// (創辦人Ken Lee, CEO Alice Wong) or a verb of speech after it (Alice Wong指).
func latinPersonInChinese(d *doc, ws []word, titled bool) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !latinPersonWord(w.text) && !hyphenGiven(w.text) {
			return false
		}
	}
	f := d.folded
	a, b := ws[0].start, ws[len(ws)-1].end
	for a > 0 && f[a-1] == ' ' {
		a--
	}
	for b < len(f) && f[b] == ' ' {
		b++
	}
	if titled {
		return true
	}
	for _, t := range titles {
		if !t.latin && hasSuffixAt(f, a, t.cue) {
			return true
		}
	}
	if w := wordStartingAt(f, b, zhSpeechAdverbs); w != "" {
		b += len([]rune(w))
	}
	return wordAt(f, b, zhSpeechVerbs)
}

// hyphenGiven reports whether w is a Hong Kong given name written with a hyphen (Ka-yan).
func hyphenGiven(w string) bool {
	p := strings.Split(w, "-")
	return len(p) == 2 && isCapitalised(p[0]) && p[1] != "" && strings.ToLower(p[1]) == p[1]
}

// zhPhotoMarks follow a person's name in a caption or a report on a photo (陈乐贤（右）).
var zhPhotoMarks = []string{"（右）", "（左）", "（中）", "（图）", "（圖）", "(右)", "(左)", "(中)", "(图)", "（右一）", "（左一）", "（右二）", "（左二）", "（前排左）", "（前排右）"}

// namesByAgeOrPhoto finds the Chinese names that an age opens (现年35岁的陈乐贤, 35岁的何家豪)
// or a photo's position mark closes (陈乐贤（右）与何家豪（左）): people, with no title.
func namesByAgeOrPhoto(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	add := func(sp span) {
		run := f[sp.start:sp.end]
		if wordAt(run, 0, zhNotSpeakers) || hasKindSuffix(string(run)) || len(orgMatcher.FindFolded(run)) > 0 || titleIn(run) {
			return
		}
		name := string(d.runes[sp.start:sp.end])
		out = append(out, mention{start: sp.start, end: sp.end, name: name, key: d.key(name), kind: kg.KindPerson})
	}
	for i := 0; i+2 < len(f); i++ {
		if hasPrefixAt(f, i, "岁的") && i > 0 && isDigit(f[i-1]) {
			if sp, ok := chineseNameAfter(f, i+2); ok {
				add(sp)
			}
			continue
		}
		if !surnames[f[i]] || i > 0 && isHan(f[i-1]) && !zhStopRunes[f[i-1]] {
			continue
		}
		for _, n := range []int{3, 2} {
			if i+n <= len(f) && isHanString(string(f[i:i+n])) && wordAt(f, i+n, zhPhotoMarks) {
				add(span{i, i + n})
				break
			}
		}
	}
	return out
}

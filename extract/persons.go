package extract

import (
	_ "embed"
	"sort"
	"strings"
)

//go:embed cues/titles.tsv
var titlesTSV string

// title is a cue that stands next to a person's name; role is what LEADS records ("" when the
// title does not say the person leads the organisation).
type title struct {
	cue   string
	runes []rune
	role  string
	latin bool
}

var titles = parseTitles(titlesTSV)

func parseTitles(tsv string) []title {
	var out []title
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 2)
		t := title{cue: f[0], runes: []rune(f[0]), latin: !isHan([]rune(f[0])[0])}
		if len(f) == 2 {
			t.role = f[1]
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].runes) > len(out[b].runes) })
	return out
}

// workTitles say someone works somewhere without leading it.
var workTitles = map[string]bool{"教授": true, "高层": true, "高管": true, "记者": true, "professor": true, "prof": true,
	"trader": true, "banker": true, "executive": true, "analyst": true, "engineer": true, "scientist": true}

// personCue is where a title stands next to a person's name.
type personCue struct {
	name       span
	title      span
	t          *title
	former     bool // 前/原/曾任/former: the post is past
	nameBefore bool // the name stands before the title (陈细明主席, Kevin Lau, founder of …)
}

// surnames are the common Chinese family names (Simplified), compound ones first.
var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "钟离", "端木"}

var surnames = runeSet("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")

// nameBreak runes cannot be the third character of a Chinese name: they start the words that
// follow a name (表示, 指出, 在, 是, 与 …).
var nameBreak = runeSet("表指称说在是与和的及等于曾将已亦也为出博女先教兼带领率接获对向则还就又都今昨日近并，。、；：,.")

// nameBreakWords start with a character names also use (强 in 梁志强): they end a name only
// as a whole word.
var nameBreakWords = []string{"认为", "透露", "介绍", "强调", "预计", "希望", "相信", "提出", "回应", "坦言", "披露", "宣布", "主持", "指出"}

// findPersons finds Chinese and English person names next to titles.
func findPersons(d *doc) ([]mention, []personCue) {
	var ms []mention
	var cues []personCue
	add := func(name span, t span, ti *title, former, before bool) {
		n := string(d.runes[name.start:name.end])
		ms = append(ms, mention{start: name.start, end: name.end, name: n, key: d.key(n), kind: "PERSON"})
		cues = append(cues, personCue{name: name, title: t, t: ti, former: former, nameBefore: before})
	}
	f := d.folded
	for i := 0; i < len(f); i++ {
		for ti := range titles {
			t := &titles[ti]
			end := i + len(t.runes)
			if !hasPrefixAt(f, i, t.cue) {
				continue
			}
			if t.latin {
				if isWordRune(at(f, i-1)) || isWordRune(at(f, end)) || d.lang != "en" && t.cue != "ceo" {
					continue
				}
				// A Latin title in English text: the name follows (", Dr Grace Zhou") or precedes
				// ("Kevin Lau, founder of").
				if n, ok := englishNameAfter(d, end); ok {
					add(n, span{i, end}, t, formerBefore(d, i), false)
					if org, ok := capitalisedBefore(d, i); ok { // former Goldman Sachs trader Kevin Lau
						name := string(d.runes[org.start:org.end])
						ms = append(ms, mention{start: org.start, end: org.end, name: name, key: d.key(name), kind: kindBySuffix(name, "ORGANIZATION")})
					}
				} else if n, ok := englishNameBefore(d, i); ok {
					add(n, span{i, end}, t, formerBefore(d, n.start), true)
				} else if n, org, ok := englishAppositive(d, i); ok {
					// "Wong, a former Prudential executive": the organisation stands before the title.
					add(n, span{i, end}, t, true, true)
					name := string(d.runes[org.start:org.end])
					ms = append(ms, mention{start: org.start, end: org.end, name: name, key: d.key(name), kind: kindBySuffix(name, "ORGANIZATION")})
				}
			} else {
				// Titles chain: 创始人兼首席执行官陈某.
				j := end
				for {
					if j < len(f) && (f[j] == '兼' || f[j] == '及' || f[j] == '、') {
						if k := titleAt(f, j+1); k > 0 {
							j = k
							continue
						}
					}
					break
				}
				if n, ok := chineseNameAfter(f, j); ok {
					add(n, span{i, j}, t, formerBefore(d, i), false)
				} else if n, ok := chineseNameBefore(f, i); ok {
					add(n, span{i, end}, t, formerBefore(d, n.start), true)
				}
				i = j - 1
			}
			break
		}
	}
	return ms, cues
}

func titleAt(f []rune, i int) int {
	for _, t := range titles {
		if !t.latin && hasPrefixAt(f, i, t.cue) {
			return i + len(t.runes)
		}
	}
	return 0
}

func chineseNameAfter(f []rune, i int) (span, bool) {
	if i < len(f) && (f[i] == '‧' || f[i] == '·') {
		return span{}, false
	}
	n := 0
	for n < 3 && i+n < len(f) && isHan(f[i+n]) {
		n++
	}
	if n < 2 {
		return span{}, false
	}
	start := i
	sur := 1
	for _, c := range compoundSurnames {
		if strings.HasPrefix(string(f[i:min(len(f), i+2)]), c) {
			sur = 2
		}
	}
	if sur == 1 && !surnames[f[i]] {
		return span{}, false
	}
	// A foreign name written with a middle dot: 马克‧施密特.
	if n == 3 && nameBreak[f[i+2]] {
		n = 2
	}
	for _, w := range nameBreakWords {
		if n == 3 && hasPrefixAt(f, i+2, w) {
			n = 2
		}
	}
	if sur == 2 && n == 2 {
		n = 3
		if i+3 > len(f) || !isHan(f[i+2]) {
			return span{}, false
		}
	}
	return span{start, start + n}, true
}

func chineseNameBefore(f []rune, t int) (span, bool) {
	for _, n := range []int{3, 2} {
		s := t - n
		if s < 0 || !surnames[f[s]] {
			continue
		}
		ok := true
		for k := s; k < t; k++ {
			if !isHan(f[k]) || zhStopRunes[f[k]] {
				ok = false
			}
		}
		if ok && (s == 0 || !isHan(f[s-1]) || zhStopRunes[f[s-1]]) {
			return span{s, t}, true
		}
	}
	return span{}, false
}

var honorifics = map[string]bool{"Dr": true, "Dr.": true, "Mr": true, "Mr.": true, "Ms": true, "Ms.": true, "Mrs": true,
	"Mrs.": true, "Prof": true, "Prof.": true, "Professor": true, "Sir": true}

// englishNameAfter reads 2–3 capitalised words after position i (skipping a comma and
// honorifics): "chief executive, Dr Grace Zhou".
func englishNameAfter(d *doc, i int) (span, bool) {
	r := d.runes
	j := i
	for j < len(r) && (r[j] == ' ' || r[j] == ',') {
		j++
	}
	words := latinWordsFrom(r, j, 5)
	k := 0
	for k < len(words) && honorifics[words[k].text] {
		k++
	}
	return capitalisedRun(r, words[k:])
}

// englishNameBefore reads 2–3 capitalised words that end just before ", title".
func englishNameBefore(d *doc, i int) (span, bool) {
	r := d.runes
	j := i
	for j > 0 && r[j-1] == ' ' {
		j--
	}
	if j == 0 || r[j-1] != ',' {
		return span{}, false
	}
	j--
	s := j
	count := 0
	for count < 3 {
		k := s
		for k > 0 && r[k-1] == ' ' {
			k--
		}
		e := k
		for k > 0 && (isLatinLetter(r[k-1]) || r[k-1] == '-' || r[k-1] == '\'') {
			k--
		}
		if k == e || !isCapitalised(string(r[k:e])) || enCues[strings.ToLower(string(r[k:e]))] != "" {
			break
		}
		s = k
		count++
	}
	if count < 2 {
		return span{}, false
	}
	return span{s, j}, true
}

func latinWordsFrom(r []rune, j, max int) []word {
	var out []word
	for len(out) < max && j < len(r) {
		if !isLatinLetter(r[j]) {
			if r[j] == ' ' {
				j++
				continue
			}
			break
		}
		k := j
		for k < len(r) && (isLatinLetter(r[k]) || r[k] == '-' || r[k] == '\'' || r[k] == '.' && k+1 < len(r) && r[k+1] != ' ') {
			k++
		}
		if k < len(r) && r[k] == '.' && k-j <= 3 {
			k++
		}
		out = append(out, word{j, k, string(r[j:k])})
		j = k
	}
	return out
}

// capitalisedRun is the 2–3 leading capitalised words that make a name.
func capitalisedRun(r []rune, words []word) (span, bool) {
	n := 0
	for n < len(words) && n < 3 && isCapitalised(words[n].text) && !honorifics[words[n].text] &&
		enCues[strings.ToLower(words[n].text)] == "" && !strings.HasSuffix(words[n].text, ".") {
		if n > 0 && hasBreak(r[words[n-1].end:words[n].start]) {
			break
		}
		n++
	}
	if n < 2 {
		return span{}, false
	}
	return span{words[0].start, words[n-1].end}, true
}

// formerBefore reports whether the words just before position i say a post is past:
// 前滙豐銀行高層, 曾任…, former Goldman Sachs trader.
func formerBefore(d *doc, i int) bool {
	head := strings.TrimRight(string(d.folded[max(0, i-12):i]), " ")
	for _, w := range []string{"前", "原", "曾任", "曾担任", "former", "ex-", "previously"} {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

func isHanString(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// capitalisedBefore reads 1–3 capitalised words that end one space before position i.
func capitalisedBefore(d *doc, i int) (span, bool) {
	r := d.runes
	if i < 2 || r[i-1] != ' ' {
		return span{}, false
	}
	e := i - 1
	s := e
	for n := 0; n < 3; n++ {
		b := s
		for b > 0 && (isLatinLetter(r[b-1]) || r[b-1] == '-' || r[b-1] == '&') {
			b--
		}
		w := string(r[b:s])
		if b == s || !isCapitalised(w) || honorifics[w] || w == "The" || w == "Former" {
			break
		}
		s = b
		if s == 0 || r[s-1] != ' ' {
			break
		}
		s--
		if s > 0 && !isLatinLetter(r[s-1]) {
			s++
			break
		}
	}
	for s < e && r[s] == ' ' {
		s++
	}
	if s >= e || !isCapitalised(string(r[s:e])) {
		return span{}, false
	}
	return span{s, e}, true
}

// foundedByCues come before a founder's name (由吴祖钰创办, founded by Kelvin Ng).
var zhFounderAfter = []string{"创办", "创立", "创建", "领导", "带领", "牵头"}

// namesByFounding finds person names between 由 and a founding verb, and after "founded by".
func namesByFounding(d *doc) []mention {
	var out []mention
	f := d.folded
	for i := 0; i+3 < len(f); i++ {
		if d.lang != "en" && f[i] == '由' {
			for n := 2; n <= 3; n++ {
				e := i + 1 + n
				if e > len(f) || !surnames[f[i+1]] {
					break
				}
				for _, v := range zhFounderAfter {
					if hasPrefixAt(f, e, v) && isHanString(string(f[i+1:e])) {
						name := string(d.runes[i+1 : e])
						out = append(out, mention{start: i + 1, end: e, name: name, key: d.key(name), kind: "PERSON"})
					}
				}
			}
		}
		if d.lang == "en" {
			for _, c := range []string{"founded by ", "co-founded by ", "set up by ", "started by ", "headed by ", "chaired by ", "appointed ", "named "} {
				if hasPrefixAt(f, i, c) && !isWordRune(at(f, i-1)) {
					if n, ok := capitalisedRun(d.runes, latinWordsFrom(d.runes, i+len([]rune(c)), 4)); ok {
						name := string(d.runes[n.start:n.end])
						out = append(out, mention{start: n.start, end: n.end, name: name, key: d.key(name), kind: "PERSON"})
					}
				}
			}
		}
	}
	return out
}

// englishAppositive reads "NAME, a former ORG title" backwards from the title at i: the
// name and the organisation.
func englishAppositive(d *doc, i int) (span, span, bool) {
	org, ok := capitalisedBefore(d, i)
	if !ok {
		return span{}, span{}, false
	}
	head := string(d.runes[max(0, org.start-12):org.start])
	if !strings.HasSuffix(head, ", a former ") && !strings.HasSuffix(head, ", the former ") {
		return span{}, span{}, false
	}
	comma := org.start - (len([]rune(head)) - len([]rune(head[:strings.LastIndex(head, ",")])))
	e := comma
	s := e
	for n := 0; n < 3; n++ {
		b := s
		for b > 0 && (isLatinLetter(d.runes[b-1]) || d.runes[b-1] == '-') {
			b--
		}
		if b == s || !isCapitalised(string(d.runes[b:s])) {
			break
		}
		s = b
		if s < 2 || d.runes[s-1] != ' ' || !isLatinLetter(d.runes[s-2]) || !isCapitalised(string(d.runes[wordStart(d.runes, s-1):s-1])) {
			break
		}
		s--
	}
	if s >= e {
		return span{}, span{}, false
	}
	return span{s, e}, org, true
}

func wordStart(r []rune, e int) int {
	b := e
	for b > 0 && (isLatinLetter(r[b-1]) || r[b-1] == '-') {
		b--
	}
	return b
}

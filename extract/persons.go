package extract

import (
	_ "embed"
	"github.com/hkgraph/hkgraph/kg"
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
	for line := range cueLines(tsv) {
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
var workTitles = map[string]bool{"副教授": true, "助理教授": true, "工程师": true, "研究员": true, "分析师": true, "经理": true, "产品经理": true, "研究助理": true, "分析员": true, "科学家": true, "首席科学家": true, "教授": true, "高层": true, "高管": true, "记者": true, "编辑": true, "professor": true, "prof": true,
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

var surnames = runeSet("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由" +
	"洪傅萧阎贝招揭")

// nameBreak runes cannot be the third character of a Chinese name: they start the words that
// follow a name (表示, 指出, 在, 是, 与 …).
var nameBreak = runeSet("表指称说在是与和的及等于曾将已亦也为出兼带领率接获对向则还就又都今昨日近并，。、；：,.")

// nameBreakWords start with a character names also use (强 in 梁志强): they end a name only
// as a whole word.
var nameBreakWords = []string{"博士", "女士", "先生", "教授", "认为", "透露", "介绍", "强调", "预计", "希望", "相信", "提出", "回应", "坦言", "披露", "宣布", "主持", "指出",
	"毕业", "曾任", "出任", "担任", "通过", "透过", "本科", // 贺峥通过…控制, 陈明本科在…
	"加入", "加盟", "创办", "创立", "任职", "现任", "兼任", "接任", "负责", "领导", "带领", "拥有",
	"去年", "前年", "明年", "上月", "本月", "早年", "早前", "日前", // 李华去年加入
	// b17x14: adverbs of time after a name (联合创始人许岚此前在…, 陈明目前负责…)
	"此前", "目前", "之前", "现时", "随后", "其后", "同时", "一直", "仍然",
	// Verbs of a ceremony and of speech after a titled name (局长孙东见证, 鄭松岩致辞)
	"见证", "致辞", "致词", "主礼", "出席", "表示", "发言", "称", "说", "指", "亦", "也", "则", "及", "与",
	// Verbs of leaving or moving a post (总经理王磊离任, 邓家豪转任首席战略官)
	"离任", "卸任", "辞任", "离职", "辞职", "转任", "升任", "留任", "退任"}

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
			// 联合创始人兼COO韩雪松, 星河数据CEO陈志远: a Latin title inside Chinese text reads as a
			// Chinese one (the last branch).
			zhLatin := t.latin && d.lang != "en" && cSuite[t.cue] && !isWordRune(at(f, i-1)) && !isWordRune(at(f, end))
			if t.latin && !zhLatin {
				if k, ok := pluralTitleList(d, t, i, end); ok {
					// "its founding partners Angela Tse and David Kwok", "Its founders, A
					// and B,", "Its co-founders include A": a plural title before a list of names.
					for _, m := range founderList(d, k) {
						add(span{m.start, m.end}, span{i, end + 1}, t, formerBefore(d, i), false)
					}
					break
				}
				if isWordRune(at(f, i-1)) || isWordRune(at(f, end)) || d.lang != "en" && t.cue != "ceo" {
					continue
				}
				// A Latin title in English text: the name follows (", Dr Grace Zhou") or precedes
				// ("Kevin Lau, founder of").
				if n, ok := copulaNameAfter(d, i, end); ok {
					add(n, span{i, end}, t, formerBefore(d, i), false) // "Its chairman is John Chan"
				} else if n, ok := englishNameAfter(d, end); ok {
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
				if org, ok := orgBeforeZhTitle(d, i, t); ok {
					ms = append(ms, org)
				}
				for {
					if j < len(f) && (f[j] == '兼' || f[j] == '及' || f[j] == '、') {
						if k := titleAt(f, skipWords(f, j+1, zhFunctions)); k > 0 { // 联合创办人、技术总监
							j = k
							continue
						}
					}
					break
				}
				if w := wordStartingAt(f, j, []string{"之一的", "之一"}); w != "" && isNameAt(f, j+len([]rune(w))) {
					j += len([]rune(w)) // 聯合創辦人之一的黃美玲: one of the co-founders
				}
				if k := bylineGap(f, j); k > j && zhBylineRoles[t.cue] {
					j = k // 界面新闻记者 | 陈默
				}
				if k := bracketAfter(f, j); k > j && !isNameAt(f, j) && !isBracketedName(f, j) {
					j = k // 副校长(研究及科技)罗家明: the portfolio in brackets
				}
				if n, ok := chineseNameAfter(f, j); ok {
					add(n, span{i, j}, t, formerBefore(d, i), false)
				} else if n, ok := bracketedNameAt(f, j); ok {
					add(n, span{i, j}, t, formerBefore(d, i), false) // 行政總裁（陳志強）表示
				} else if n, ok := chineseNameBefore(f, i); ok {
					add(n, span{i, end}, t, formerBefore(d, n.start), true)
				} else if n, ok := latinNameAfterZhTitle(d, j); ok {
					add(n, span{i, j}, t, formerBefore(d, i), false) // 管理合夥人Daniel Seah (latinnames_zh.go)
				} else if n, ok := nameBeforeApposition(f, i, j); ok {
					add(n, span{i, j}, t, formerBefore(d, i), true) // 陈大文，甲公司创办人，; 李明（乙CEO）
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
		if (!t.latin || cSuite[t.cue] && !isWordRune(at(f, i-1)) && !isWordRune(at(f, i+len(t.runes)))) && hasPrefixAt(f, i, t.cue) {
			return i + len(t.runes)
		}
	}
	return 0
}

// cSuite are the Latin titles Chinese news writes as they are (CEO, CTO …).
var cSuite = map[string]bool{"ceo": true, "cto": true, "coo": true, "cfo": true}

// bylineGap skips the " | " of a byline after a title; it returns i when there is none.
func bylineGap(f []rune, i int) int {
	j := i
	for j < len(f) && (f[j] == ' ' || f[j] == '|' || f[j] == '｜' || f[j] == '/') {
		j++
	}
	if j-i > 3 {
		return i
	}
	return j
}

// zhDivisions end the part of an organisation a title belongs to (西门子医疗大中华区副总裁):
// cut off, they leave the organisation's name.
var zhDivisions = []string{"大中华区", "亚太区", "中国区", "香港区", "亚洲区", "全球", "区域", "地区", "总部",
	"讲座", "研发", "技术", "市场", "销售", "财务", "营运", "运营", "产品"} // 學系講座教授, 台積電研發總監

// orgBeforeZhTitle reads the organisation named right before a Chinese title that opens a
// clause (前中芯国际工程师张弛, 界面新闻记者, 此前担任西门子医疗大中华区副总裁): 2–8 runes,
// no stop word, not generic, not a department (学系). Weak: any other reading wins.
func orgBeforeZhTitle(d *doc, i int, t *title) (mention, bool) {
	f := d.folded
	if t.latin || t.role == "" && !workTitles[t.cue] && !moreWorkTitles[t.cue] && !memberTitles[t.cue] || i < 2 {
		return mention{}, false
	}
	s := extendLeft(f, i, 12)
	if !zhBoundary(f, s) && !cueEndsAt(f, s) { // 曾任阿里巴巴副总裁
		return mention{}, false
	}
	for _, p := range []string{"前", "原", "据"} { // 据星河数据CEO陈志远介绍: "according to"
		if i-s > 2 && hasPrefixAt(f, s, p) && !placeSpans(f, s, s+1) {
			s++
		}
	}
	if i-s > 3 && f[s] == '有' && s > 0 && strings.ContainsRune("还亦也都", f[s-1]) {
		s++ // 还有财经事务及库务局局长
	}
	s = afterHeadlineVerb(f, s, i) // 对话甲创始人乙
	e := i
	// 华测生物原董事长, 香港科技园公司前主席: 原/前 say the post is past, not the name;
	// 台积电研发总监: the function before the title is no part of the name either.
	e = trimTitleHead(f, s, e)
	for _, dv := range zhDivisions {
		if e-s > len([]rune(dv))+1 && hasSuffixAt(f, e, dv) {
			e -= len([]rune(dv))
			break
		}
	}
	if c := unitTail(f, s, e); c >= 0 {
		e = c // 中信證券新能源行業首席分析師, 金管局銀行操守部助理總裁 (unitgaps_zh.go)
	}
	e = cutDivision(f, s, e) // 滙豐亞太區科技主管, 信達國際研究部經理: the employer comes before the unit
	if e-s < 2 || e-s > 8 {
		return mention{}, false
	}
	if medicalSpecialty(f, s, e) {
		return mention{}, false // 為骨科醫生: a specialty, no employer (placewords_zh.go)
	}
	run := f[s:e]
	str := string(run)
	if !plainName(run) || allGeneric(str) || isDivision(str) || strings.HasSuffix(str, "系") || titleIn(run) || surnames[run[0]] && e-s <= 3 ||
		wordAt(run, 0, zhNotNames) {
		return mention{}, false
	}
	name := string(d.runes[s:e])
	// 前渣打香港行政總裁: a brand's local arm (渣打香港) holds against the place inside it.
	return mention{start: s, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization), weak: !localArm(f, s, e)}, true
}

func chineseNameAfter(f []rune, i int) (span, bool) {
	if i < len(f) && (f[i] == '‧' || f[i] == '·' || f[i] == '由') {
		return span{}, false // 院长由…出任: 由 opens a passive, not a name
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
	if sur == 1 && !surnames[f[i]] || wordAt(f, i, zhNotNames) {
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

// zhNotNames are words that open with a surname's character but name no one (毕业于, 曾任).
var zhNotNames = []string{"包括", "毕业", "任职", "曾任", "曾在", "表示", "于是", "同时", "成立", "成为", "加入", "出任", "担任",
	"负责", "现任", "来自", "高级", "首席", "创办", "创立", "联合", "全球", "区域", "资深", "常务", "执行", "技术",
	"研发", "项目", "产品", "营运", "运营", "市场", "销售", "管理", "财务", "主管",
	"由前", "由原", "由现",
	"公司", "公开", "公关"} // 获委任为公司首席执行官: the company's post, not a Mr 公 // 院長由前台積電研發總監…出任: 由 is "by", not a family name

// wordAt reports whether one of words starts at i of f.
func wordAt(f []rune, i int, words []string) bool { return wordStartingAt(f, i, words) != "" }

// wordStartingAt returns the first of words that starts at i of f ("" for none).
func wordStartingAt(f []rune, i int, words []string) string {
	for _, w := range words {
		if hasPrefixAt(f, i, w) {
			return w
		}
	}
	return ""
}

func chineseNameBefore(f []rune, t int) (span, bool) {
	for _, n := range []int{3, 2} {
		s := t - n
		if s < 0 || !surnames[f[s]] || wordAt(f, s, zhNotNames) {
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
	j := titleScopeEnd(d, i) // "Managing Director for Asia-Pacific, Cheryl Lau"
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

// pluralTitleList reports where the list of names after the plural title at [i, end) starts:
// right after "founding partners ", and, for founders only (whose plural names people, where
// "partners include HSBC" names companies), after "founders, ", "founders include " or
// "founders are ".
func pluralTitleList(d *doc, t *title, i, end int) (int, bool) {
	f := d.folded
	if d.lang != "en" || t.role == "" || isWordRune(at(f, i-1)) || at(f, end) != 's' {
		return 0, false
	}
	if at(f, end+1) == ' ' && !hasPrefixAt(f, end+1, " include ") && !hasPrefixAt(f, end+1, " are ") {
		return end + 2, true
	}
	if !strings.Contains(t.cue, "found") {
		return 0, false
	}
	for _, w := range []string{", ", " include ", " are "} {
		if hasPrefixAt(f, end+1, w) {
			return end + 1 + len([]rune(w)), true
		}
	}
	return 0, false
}

// copulaNameAfter reads the name after "is" when a possessive owns the title at [i, end): "Its
// chairman is John Chan", "Its founder and chief executive is Peter Wong", "Quillon's chief
// executive is Mary Tam". Without the possessive the copula starts a clause about the post
// ("The chairman is expected …").
func copulaNameAfter(d *doc, i, end int) (span, bool) {
	f := d.folded
	k := -1
	for _, w := range []string{" is ", " was ", " remains "} {
		if hasPrefixAt(f, end, w) {
			k = end + len([]rune(w))
		}
	}
	if k < 0 || !possessiveBeforeTitle(d, i) {
		return span{}, false
	}
	return capitalisedRun(d.runes, latinWordsFrom(d.runes, k, 5))
}

// possessiveBeforeTitle reports whether "its", "their" or a name's "'s" owns the English title
// at i, other titles chained before it ("its founder and chief executive").
func possessiveBeforeTitle(d *doc, i int) bool {
	head := strings.TrimRight(string(d.folded[max(0, i-60):i]), " ")
	head = trimChainedTitles(head)
	for _, p := range []string{" its", " their", " whose", "'s", "’s"} {
		if strings.HasSuffix(" "+head, p) {
			return true
		}
	}
	return false
}

// trimChainedTitles cuts the English titles chained at the end of head ("its founder and
// chief executive" → "its"): what owns them is left.
func trimChainedTitles(head string) string {
	for changed := true; changed; {
		changed = false
		for _, t := range titles {
			if t.latin && t.role != "" {
				if h := strings.TrimSuffix(strings.TrimSuffix(head, " and"), " "+t.cue); h != head {
					head, changed = strings.TrimRight(h, " "), true
				}
			}
		}
	}
	return head
}

// englishNameBefore reads 2–3 capitalised words that end just before ", title".
func englishNameBefore(d *doc, i int) (span, bool) {
	r := d.runes
	j := i
	for j > 0 && r[j-1] == ' ' {
		j--
	}
	j = beforeAgeModifier(d, j) // "Chloe Fung, the 27-year-old founder of X" (subjects_en.go)
	for _, w := range enNameBeforeGaps {
		if hasSuffixAt(d.folded, j, w) {
			j -= len([]rune(w)) - 1 // "Tom Leung, the former head of X", "Anjali Rao, its chief technology officer"
			break
		}
	}
	var end int
	if k, ok := copulaBeforeTitle(d, j, i); ok {
		end = k // "Ben Ko is the founder of X", "Joe Yim stepped down as chief executive of X"
	} else {
		if k, ok := possessiveOrgBefore(d, j); ok {
			j = k // "Sara Ip, Brightwave's founder, said"
		}
		if j == 0 || r[j-1] != ',' {
			return span{}, false
		}
		end = j - 1
	}
	s := end
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
	return dropHonorific(r, span{s, end}), true
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
		for k < len(r) && (isLatinLetter(r[k]) || r[k] == '-' || r[k] == '\'' || r[k] == '.' && k+1 < len(r) && !isSpace(r[k+1])) {
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
	head := strings.TrimRight(string(d.folded[max(0, i-20):i]), " ")
	for _, w := range []string{"前", "原", "曾任", "曾担任", "此前担任", "此前出任", "曾在", "former", "ex-", "previously", "formerly",
		"formerly a", "formerly an", "formerly the", "previously a", "previously an", "previously the", // "X, formerly a director at Y"
		"卸任", "辞任", "离任", "辞去", "曾是", "曾为", "stepped down as", "resigned as", "retired as", "quit as", "left his post as", "left her post as"} {
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
		if ex := exPrefix(w); ex > 0 && isCapitalised(w[ex:]) {
			s = b + ex // "ex-Google engineer Marcus Ho": the prefix says "formerly of"
			break
		}
		tail := n == 0 && enLegalTails[w] // "a former Harbour Consulting Group consultant": the tail ends a longer name
		if b == s || !isCapitalised(w) || honorifics[w] || enNotNames[w] && !tail || w == "Former" {
			break
		}
		s = b
		if s == 0 || r[s-1] != ' ' {
			break
		}
		s--
		if s > 2 && r[s-1] == '&' && r[s-2] == ' ' && isLatinLetter(r[s-3]) {
			s -= 2 // "a former McKinsey & Company consultant": the ampersand joins one name
			continue
		}
		if s > 0 && !isLatinLetter(r[s-1]) {
			s++
			break
		}
	}
	for s < e && r[s] == ' ' {
		s++
	}
	if s >= e || !isCapitalised(string(r[s:e])) || enLegalTails[string(r[s:e])] {
		return span{}, false
	}
	return span{s, e}, true
}

// exPrefix returns the length of the "ex-" that opens w ("ex-Google"), or 0.
func exPrefix(w string) int {
	if strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "Ex-") {
		return 3
	}
	return 0
}

// enLegalTails end organisations' names and name nothing alone.
var enLegalTails = map[string]bool{"Group": true, "Limited": true, "Ltd": true}

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
					if (hasPrefixAt(f, e, v) || foundedWithAfter(f, e)) && isHanString(string(f[i+1:e])) {
						name := string(d.runes[i+1 : e])
						out = append(out, mention{start: i + 1, end: e, name: name, key: d.key(name), kind: "PERSON"})
						break
					}
				}
			}
		}
		if d.lang == "en" {
			for _, c := range []string{"founded by ", "co-founded by ", "set up by ", "started by ", "headed by ", "chaired by ", "appointed ", "named "} {
				if hasPrefixAt(f, i, c) && !isWordRune(at(f, i-1)) && !(c == "named " && namesAThing(d, i)) {
					out = append(out, founderList(d, i+len([]rune(c)))...)
				}
			}
			// "founded in 2013 by A, B and C": the year stands between the verb and "by".
			if hasPrefixAt(f, i, "by ") && !isWordRune(at(f, i-1)) && strings.Contains(string(f[max(0, i-25):i]), "founded ") {
				out = append(out, founderList(d, i+3)...)
			}
		}
	}
	return out
}

// zhPersonVerbs follow a person's name that opens a clause and are said of people, not
// companies: 黃志明早年畢業於…, 王強此前在…工作, 張偉本科就讀於….
var zhPersonVerbs = []string{"毕业于", "早年", "本科", "曾任", "曾在", "曾于", "曾就职", "就读", "先后", "现任", "出任",
	"担任", "此前在", "此前曾", "获委任", "拥有", "博士毕业", "硕士毕业",
	"卸任", "辞任", "离任", "辞去", "曾是", "曾为", "出掌", "接掌", "执掌", "掌舵", "接替", "将接替",
	"接任", "将接任", "获聘", "获任命", "升任", "晋升为"} // 王海明将接任云帆物流董事长

// namesBeforePersonVerbs finds a Chinese name (surname and one or two runes) that opens a
// clause right before a verb said of people.
func namesBeforePersonVerbs(d *doc) []mention {
	f := d.folded
	// 由陳大文出任行政總裁: the name after 由 that takes up a post.
	takesUp := namesOpeningAfter(d, "由", func(n, e int) bool {
		return wordAt(f, e, []string{"出任", "担任", "接任"}) && titleAt(f, skipWords(f, e+2, zhFunctions)) > 0
	})
	// 與他一同創業的林若水曾是…: the person a relative clause describes, before a verb said of people.
	described := namesOpeningAfter(d, "的", func(n, e int) bool {
		return at(f, e-n-1) == '的' && (wordAt(f, e, zhPersonVerbs) || (at(f, e) == ',' || at(f, e) == '，') && wordAt(f, e+1, zhPersonVerbs)) && !wordAt(f, e-n, zhNotNames) // 曾任職滙豐的黃子健，現為…
	})
	takesUp = append(takesUp, described...)
	takesUp = append(takesUp, namesAnnouncedToPosts(d)...) // 甲宣布陳大文將出任行政總裁 (staffposts.go)
	return append(takesUp, clauseOpeningNames(d, func(n, e int) bool {
		for _, v := range zhPersonVerbs {
			if hasPrefixAt(f, e, v) || hasPrefixAt(f, afterYearPhrase(f, e), v) { // 陈志强自2020年起担任
				return true
			}
		}
		// 陈大文于2021年加入甲 (a company joining has no three-rune name)
		y := afterYearPhrase(f, e)
		if n == 3 && y > e && (hasPrefixAt(f, y, "加入") || hasPrefixAt(f, y, "加盟")) {
			return true
		}
		// 李家豪已加入星橋醫療，出任首席財務官: a post taken up in the clauses after the joining.
		// 陳志強加入港華科技出任財務總監: the post taken up says the bare 加入 is a person's.
		return n == 3 && (wordAt(f, e, zhJoinVerbs) || wordAt(f, e, []string{"加入", "加盟"})) && takesPostAfter(d, e)
	})...)
}

// zhJoinVerbs say that a person joined an organisation (the adverb keeps a company's
// "加入联盟" out: news writes 已/正式/将 before a person's move).
var zhJoinVerbs = []string{"已加入", "已加盟", "正式加入", "正式加盟", "将加入", "将加盟", "今年加入", "去年加入"}

// takesPostAfter reports whether 出任 or 担任 and a title, or a past post or a degree (曾任職,
// 畢業於), follow position i in its sentence.
func takesPostAfter(d *doc, i int) bool {
	f := d.folded
	si := d.sentenceOf(i)
	if si < 0 {
		return false
	}
	for j := i; j < d.sents[si].end-2; j++ {
		if (hasPrefixAt(f, j, "出任") || hasPrefixAt(f, j, "担任")) && titleAt(f, skipPostScope(f, j+2)) > 0 { // 出任財務總監, 出任公司全球总裁
			return true
		}
		if wordAt(f, j, []string{"曾任职", "曾任", "曾在", "毕业于"}) {
			return true // 黃志偉加盟星河科技前，曾任職匯豐: a past post says who joined
		}
	}
	return false
}

// clauseOpeningNames finds the Chinese names (a surname and one or two runes) that open a
// clause and end where follows(n, e) holds (n the name's length, e where it ends).
func clauseOpeningNames(d *doc, follows func(n, e int) bool) []mention {
	return namesOpeningAfter(d, "", follows)
}

// namesOpeningAfter is clauseOpeningNames with more runes that may stand before the name
// (据 in 据陈乐贤介绍, 」 in 「…」陈乐贤说).
func namesOpeningAfter(d *doc, openers string, follows func(n, e int) bool) []mention {
	if d.lang == "en" {
		return nil
	}
	var out []mention
	f := d.folded
	for i := 0; i+3 < len(f); i++ {
		if i > 0 && !isClauseBreak(d.runes[i-1]) && !strings.ContainsRune("。；\n", f[i-1]) && !strings.ContainsRune(openers, f[i-1]) || !surnames[f[i]] {
			continue
		}
		for _, n := range []int{3, 2} {
			e := i + n
			if e > len(f) || !isHanString(string(f[i:e])) || zhStopRunes[f[e-1]] {
				continue
			}
			if follows(n, e) {
				name := string(d.runes[i:e])
				out = append(out, mention{start: i, end: e, name: name, key: d.key(name), kind: kg.KindPerson})
				break
			}
		}
	}
	return out
}

// founderList reads the people named from position i: "Steven Lam, Nick Tang and Reeve Kwan".
func founderList(d *doc, i int) []mention {
	var out []mention
	for len(out) < 6 {
		ws := latinWordsFrom(d.runes, i, 5)
		for len(ws) > 2 && (honorifics[ws[0].text] || titleBeforeName(ws[0].text)) {
			ws = ws[1:] // chaired by Professor Wong Ka-fai; founded by CEO Ravi Menon (titledfounders_en.go)
		}
		n, ok := capitalisedRun(d.runes, ws)
		if !ok {
			break
		}
		name := string(d.runes[n.start:n.end])
		out = append(out, mention{start: n.start, end: n.end, name: name, key: d.key(name), kind: "PERSON"})
		rest := string(d.runes[n.end:min(len(d.runes), n.end+6)])
		switch {
		case strings.HasPrefix(rest, ", and "):
			i = n.end + 6
		case strings.HasPrefix(rest, " and "):
			i = n.end + 5
		case strings.HasPrefix(rest, ", "):
			i = n.end + 2
		default:
			return out
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
	return dropHonorific(d.runes, span{s, e}), org, true
}

func wordStart(r []rune, e int) int {
	b := e
	for b > 0 && (isLatinLetter(r[b-1]) || r[b-1] == '-') {
		b--
	}
	return b
}

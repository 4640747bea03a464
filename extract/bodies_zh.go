package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Two broad ways a Chinese text names an organisation the suffix list does not read.
//
//   - Government and public bodies end in words too common to be suffixes everywhere (部, 厅, 处,
//     议会, 研究生院): 工业和信息化部, 广东省科学技术厅, 政府新闻处, 沙田区议会. They are read only
//     with a name of at least two or three runes before them and not after the words that make
//     them ordinary nouns (餐厅, 好处, 全部, 办事处).
//   - An employer is framed by 在 … and a verb of working (曾在英特尔从事研发, 此前在大疆创新负责
//     算法团队, 在宁德时代工作八年): whatever stands between is the employer's name, whatever its
//     shape, unless it is a place.

// zhBodyEnd is one ending of a public body's name; minLeft runes must stand before it, and the
// rune just before it must not be one of notAfter (they make the ending an ordinary word).
type zhBodyEnd struct {
	s        string
	minLeft  int
	notAfter string
	notNext  string
}

// zhBodyEnds are matched on the folded (Simplified) text, longest first.
var zhBodyEnds = []zhBodyEnd{
	{s: "研究生院", minLeft: 2},
	{s: "议会", minLeft: 2, notAfter: "会"},
	{s: "厅", minLeft: 3, notAfter: "餐大客展门会乐舞礼宴歌饭茶咖酒球影营业", notNext: "长"},
	{s: "处", minLeft: 3, notAfter: "之好到此出长难用益深住相何各事去别短坏害妙独远近高低共", notNext: "理长在置罚分境事女方"},
	{s: "部", minLeft: 3, notAfter: "总全内外本干东西南北中局分俱各一两这该每乐头脑胸腹背足腰面底顶后前上下", notNext: "分门长件队落署委位属署"},
}

// zhMinistryFields end the portfolio before 部 in a ministry's name (工业和信息化部, 商务部,
// 教育部): a unit of a company (交易银行部, 投资部) ends otherwise.
var zhMinistryFields = []string{"信息化", "科学技术", "科技", "商务", "财政", "教育", "外交", "国防", "公安", "民政", "司法",
	"交通运输", "农业农村", "生态环境", "自然资源", "人力资源和社会保障", "住房和城乡建设", "文化和旅游", "卫生健康", "水利",
	"应急管理", "退役军人事务", "工业", "经济", "贸易", "产业", "数字", "能源"}

// govBodyNames proposes the public bodies that end in one of zhBodyEnds.
func govBodyNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 0; i < len(f); i++ {
		if !isHan(f[i]) {
			continue
		}
		for _, b := range zhBodyEnds {
			if !hasPrefixAt(f, i, b.s) {
				continue
			}
			end := i + len([]rune(b.s))
			if i == 0 || strings.ContainsRune(b.notAfter, f[i-1]) || end < len(f) && strings.ContainsRune(b.notNext, f[end]) {
				break
			}
			start := extendLeft(f, i, 12)
			if b.s == "部" {
				// 住房和城乡建设部: the portfolio may hold a word that stops the walk (建设).
				w := ministryFieldBefore(f, i)
				if w == "" {
					break
				}
				start = min(start, extendLeft(f, i-len([]rune(w)), 8))
			}
			// 工业和信息化部, 创新科技及工业局: 和/及 joins two portfolios of one body.
			if start >= 3 && joinedPortfolio(f[start-1]) && i-start >= 2 && b.s != "议会" {
				if s2 := extendLeft(f, start-1, 8); start-1-s2 >= 2 {
					start = s2
				}
			}
			if i-start >= 12 {
				break // the walk ran out: a clause, not a name
			}
			start = stripLead(f, start, i)
			left := string(f[start:i])
			if i-start < b.minLeft || zhGeneric[left] || allGeneric(left) {
				break
			}
			name := string(d.runes[start:end])
			out = append(out, mention{start: start, end: end, name: name, key: d.key(name), kind: kg.KindOrganization})
			i = end - 1
			break
		}
	}
	return out
}

// ministryFieldBefore returns the longest ministry's portfolio that ends at i, or "".
func ministryFieldBefore(f []rune, i int) string {
	best := ""
	for _, w := range zhMinistryFields {
		if len(w) > len(best) && hasSuffixAt(f, i, w) {
			best = w
		}
	}
	return best
}

// zhEmployerOpeners open the frame before an employer's name; zhWorkVerbs close it.
var zhEmployerOpeners = []string{"曾在", "此前在", "先后在", "早年在", "之前在", "曾经在", "毕业后在", "现在", "目前在", "其后在", "后在", "并在", "亦曾在", "也曾在"}

// zhMoveOpeners move someone to the employer named after them, before a verb of work
// (转到八达通负责产品开发, 跳槽至甲担任…).
var zhMoveOpeners = []string{"转到", "转往", "转投", "转至", "跳槽到", "跳槽至", "跳槽"}

var zhWorkVerbs = []string{"担任", "工作", "从事", "负责", "任职", "供职", "实习", "任教", "就职", "主管", "出任", "领导", "带领", "主理", "当"}

// zhFormerPostOpeners stand before a former employer that a title follows (曾任八达通产品经理,
// 历任汇丰银行分析师).
var zhFormerPostOpeners = []string{"曾任", "历任", "曾出任", "曾担任"}

// employerFrameNames proposes the run between an opener of zhEmployerOpeners and a verb of
// zhWorkVerbs as an organisation: 2–8 runes of one word, no stop word, not a place, not generic;
// and the run between 曾任 and a title.
func employerFrameNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i := 0; i < len(f); i++ {
		o := wordStartingAt(f, i, zhFormerPostOpeners)
		if o == "" {
			continue
		}
		s := i + len([]rune(o))
		for e := s + 2; e <= s+8 && e < len(f) && isHan(f[e-1]); e++ {
			if titleAt(f, e) == 0 {
				continue
			}
			run := f[s:e]
			if !containsStopWord(run) && !allGeneric(string(run)) && !hasItemStop(run) && !wholePlace(run) && !unitEnding(run) {
				name := string(d.runes[s:e])
				out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, weak: true})
			}
			break
		}
		i = s - 1
	}
	for i := 0; i < len(f); i++ {
		s := i + 1
		if mv := wordStartingAt(f, i, zhMoveOpeners); mv != "" {
			s = i + len([]rune(mv)) // 再轉到八達通負責產品開發
		} else if f[i] != '在' || !endsWithAny(f, i+1, zhEmployerOpeners) {
			continue
		}
		e := s
		for e < len(f) && e-s <= 9 && (isHan(f[e]) || isLatinLetter(f[e])) && !wordAt(f, e, zhWorkVerbs) {
			e++
		}
		if e-s < 2 || e-s > 8 || !wordAt(f, e, zhWorkVerbs) {
			continue
		}
		run := f[s:e]
		if containsStopWord(run) || allGeneric(string(run)) || hasItemStop(run) || wholePlace(run) || unitEnding(run) {
			continue
		}
		name := string(d.runes[s:e])
		out = append(out, mention{start: s, end: e, name: name, key: d.key(name), kind: kg.KindOrganization, weak: true})
		i = e - 1
	}
	return out
}

// hasItemStop reports whether a function rune that no short name holds stands in r.
func hasItemStop(r []rune) bool {
	for _, c := range r {
		if zhStopRunes[c] {
			return true
		}
	}
	return false
}

// wholePlace reports whether the places list reads all of r as one or two places (香港, 深圳南山).
func wholePlace(r []rune) bool {
	covered := 0
	for _, x := range placeMatcher.FindFolded(r) {
		if x.Start == covered {
			covered = x.End
		}
	}
	return covered == len(r)
}

// zhBodyTails end the name of a public body.
var zhBodyTails = []string{"局", "署", "部", "处", "厅", "办公室", "委员会"}

// splitJoinedBodies cuts a name that holds two public bodies joined by 及 or 和 (转交发展局及创新
// 科技及工业局): a body's name ends at its 局 or 署, so a 及 right after one starts the next name.
func splitJoinedBodies(d *doc, ms []mention) []mention {
	var out []mention
	for _, m := range ms {
		if m.kind != kg.KindOrganization || m.id != "" || m.end-m.start < 7 {
			out = append(out, m)
			continue
		}
		f := d.folded[m.start:m.end]
		cut := -1
		for k := 3; k+3 <= len(f); k++ {
			if joinedPortfolio(f[k]) && endsWithAny(f, k, zhBodyTails) && endsWithAny(f, len(f), zhBodyTails) {
				cut = k
				break
			}
		}
		if cut < 0 {
			out = append(out, m)
			continue
		}
		for _, p := range [][2]int{{m.start, m.start + cut}, {m.start + cut + 1, m.end}} {
			name := string(d.runes[p[0]:p[1]])
			out = append(out, mention{start: p[0], end: p[1], name: name, key: d.key(name), kind: m.kind, weak: m.weak})
		}
	}
	return out
}

// Names in quotes and book-title marks whose last word says what they are, though the
// word is too common to be a suffix in running text: a pilot (「智慧社區試點」), a platform
// (“跨境数据验证平台”), a camp (「維創營」), a sandbox, a corridor, a certification.
func init() {
	zhQuotedSuffixes = append(zhQuotedSuffixes, suffix{"试点", kg.KindProgramme}, suffix{"平台", kg.KindProgramme},
		suffix{"营", kg.KindProgramme}, suffix{"沙盒", kg.KindProgramme}, suffix{"走廊", kg.KindPolicy},
		suffix{"认证", kg.KindPolicy}, suffix{"行动", kg.KindProgramme}, suffix{"专项", kg.KindProgramme})
}

// zhPolicyEnds end the title of a policy document in 《》 (《…实施细则》, 《…管理办法》, 《…发展规划》).
var zhPolicyEnds = []string{"细则", "办法", "规划", "条例", "指引", "意见", "措施", "纲要", "方案", "政策", "白皮书", "蓝图", "规定", "行动计划"}

// policyTitleNames proposes the title of a policy document in 《》 as a POLICY: it ends with a
// word of zhPolicyEnds and at least four runes say whose or which it is (《上市规则》 is only the
// rules' common name).
func policyTitleNames(d *doc) []mention {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []mention
	for i, c := range f {
		e := bookTitleEnd(f, i, 30)
		if c != '《' || e < 0 {
			continue
		}
		in := string(f[i+1 : e])
		for _, w := range zhPolicyEnds {
			if strings.HasSuffix(in, w) && len([]rune(in))-len([]rune(w)) >= 4 {
				name := string(d.runes[i+1 : e])
				out = append(out, mention{start: i + 1, end: e, name: name, key: d.key(name), kind: kg.KindPolicy})
				break
			}
		}
	}
	return out
}

// closedTitle reports whether m is the whole of a title in 《》: its last rune is the title's
// (则 ends 《…实施细则》; it is no adverb there).
func closedTitle(d *doc, m mention) bool {
	return m.start > 0 && m.end < len(d.runes) && d.runes[m.start-1] == '《' && d.runes[m.end] == '》'
}

// unitEnding reports whether r ends like a unit inside an organisation (交易银行部, 研发团队,
// 计算机系) rather than the organisation; a ministry (商务部) is no unit.
func unitEnding(r []rune) bool {
	for _, w := range []string{"部", "部门", "团队", "系", "组", "科"} {
		if hasSuffixAt(r, len(r), w) {
			return w != "部" || ministryFieldBefore(r, len(r)-1) == ""
		}
	}
	return false
}

// demonstrativeLed reports whether a quoted phrase opens with a word that points (呢個平台,
// 这个计划, 該試點): a phrase about something named elsewhere, not a name.
func demonstrativeLed(name []rune) bool {
	return len(name) > 0 && strings.ContainsRune("这那呢该此本其每各一个", name[0])
}

// enRoundOf opens an English run that names a round of a company, not a company: "Series A of
// Ferrite Labs", "the seed round of Opal Health".
var enRoundOf = []string{"series a of ", "series b of ", "series c of ", "series d of ", "series e of ", "pre-series a of ",
	"seed round of ", "pre-seed round of ", "angel round of ", "series a round of ", "series b round of ", "series c round of "}

// trimRoundOf cuts "Series A of" off an English candidate: the company is what follows.
func trimRoundOf(d *doc, ms []mention) []mention {
	if d.lang != "en" {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.id != "" {
			continue
		}
		low, start := strings.ToLower(m.name), m.start
		if hasSuffixAt(d.folded, m.start, "series ") && len(low) > 5 && low[1:5] == " of " {
			low, start = "series "+low, m.start-len("series ") // "Series" opens no name: the run began at "B of …"
		}
		for _, p := range enRoundOf {
			if strings.HasPrefix(low, p) && len(low) > len(p)+2 {
				d.respan(m, start+len([]rune(p)), m.end)
				break
			}
		}
	}
	return ms
}

// bookTitleEnd returns where the 》 closes the 《 at i, at most max runes on and within one
// sentence, or -1.
func bookTitleEnd(f []rune, i, max int) int {
	if f[i] != '《' {
		return -1
	}
	for e := i + 1; e < len(f) && e-i <= max+1; e++ {
		switch f[e] {
		case '》':
			return e
		case '。', '\n':
			return -1
		}
	}
	return -1
}

// stripLead drops the words of zhLeadStrip from the front of the name that runs from start to
// the suffix at i (前滙豐銀行 → 滙豐銀行), keeping two runes at least and a place that opens
// with one (前海).
func stripLead(f []rune, start, i int) int {
	for _, p := range zhLeadStrip {
		if i-start >= 2+len([]rune(p)) && strings.HasPrefix(string(f[start:i]), p) && !placeSpans(f, start, start+len([]rune(p))) {
			start += len([]rune(p))
		}
	}
	return start
}

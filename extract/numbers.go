package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// quantity is a number the text states: money (Currency set) or a count with its unit noun.
type quantity struct {
	start, end int
	value      float64
	max        *float64
	currency   string // HKD, USD, CNY, … for money
	unit       string // companies, employees, jobs, people, percent, … for counts
	qualifier  string
}

// zhQualifiers and enQualifiers come before a number.
var zhQualifiers = []struct{ w, q string }{{"超过", "more than"}, {"超", "more than"}, {"逾", "more than"}, {"多于", "more than"},
	{"最多", "up to"}, {"最高", "up to"}, {"多达", "up to"}, {"高达", "up to"}, {"至少", "at least"}, {"不少于", "at least"},
	{"约", "about"}, {"大约", "about"}, {"近", "nearly"}, {"接近", "nearly"}}

var enQualifiers = []struct{ w, q string }{{"more than ", "more than"}, {"over ", "more than"}, {"up to ", "up to"},
	{"at least ", "at least"}, {"about ", "about"}, {"around ", "about"}, {"nearly ", "nearly"}, {"almost ", "nearly"},
	{"approximately ", "about"}, {"some ", "about"}}

var zhMultipliers = []struct {
	w string
	m float64
}{{"千万", 1e7}, {"百万", 1e6}, {"十亿", 1e9}, {"万亿", 1e12}, {"亿", 1e8}, {"万", 1e4}, {"千", 1e3}}

var zhCurrencies = []struct{ w, c string }{{"港元", "HKD"}, {"港币", "HKD"}, {"美元", "USD"}, {"人民币", "CNY"},
	{"欧元", "EUR"}, {"英镑", "GBP"}, {"日元", "JPY"}, {"新加坡元", "SGD"}, {"新元", "SGD"}, {"元", ""}}

var enCurrencies = []struct{ w, c string }{{"hk$", "HKD"}, {"us$", "USD"}, {"s$", "SGD"}, {"rmb", "CNY"}, {"cny", "CNY"},
	{"hkd", "HKD"}, {"usd", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"$", "USD"}}

// zhUnits are the count nouns after a number, with the unit proposed for the figure.
var zhUnits = []struct{ w, u string }{{"平方英尺", "square feet"}, {"平方米", "square metres"}, {"平方呎", "square feet"},
	{"平方尺", "square feet"}, {"个项目", "projects"}, {"项项目", "projects"}, {"股", "shares"}, {"辆", "vehicles"},
	{"台", "units"}, {"架", "units"}, {"项专利", "patents"}, {"个住宿单位", "units"}, {"个单位", "units"},
	{"个床位", "beds"}, {"个车位", "parking spaces"}, {"条生产线", "production lines"}, {"家企业", "companies"}, {"家公司", "companies"}, {"间企业", "companies"},
	{"间公司", "companies"}, {"家初创", "companies"}, {"间初创", "companies"}, {"家", "companies"}, {"间", "companies"},
	{"名员工", "employees"}, {"名研发人员", "employees"}, {"名", "people"}, {"人", "people"}, {"个职位", "jobs"},
	{"个专业职位", "jobs"}, {"个工作职位", "jobs"}, {"个", "items"}, {"%", "percent"}, {"％", "percent"}, {"年", ""}}

var enUnits = []struct{ w, u string }{{" employees", "employees"}, {" staff", "employees"}, {" people", "people"},
	{" jobs", "jobs"}, {" companies", "companies"}, {" startups", "companies"}, {" start-ups", "companies"}, {"%", "percent"},
	{" percent", "percent"}, {" per cent", "percent"}, {" shares", "shares"}, {" square metres", "square metres"},
	{" square meters", "square metres"}, {" square feet", "square feet"}, {"-square-metre", "square metres"},
	{"-square-meter", "square metres"}, {"-square-foot", "square feet"}, {"-square-feet", "square feet"},
	{" projects", "projects"}, {" production lines", "production lines"}, {" vehicles", "vehicles"},
	{"-strong", "employees"}, {"-member", "employees"}, {"-person", "employees"}, {" sq ft", "square feet"}, {" sq m", "square metres"}, {" sqft", "square feet"}, {" patents", "patents"},
	{" customers", "customers"}, {" clients", "customers"}, {" engineers", "employees"}, {" researchers", "employees"},
	{" scientists", "employees"}, {" workers", "employees"}}

// findQuantities reads the numbers of sentence s.
func findQuantities(d *doc, s span) []quantity {
	var out []quantity
	f := d.folded
	for i := s.start; i < s.end; i++ {
		if isLatinLetter(f[i]) && (i == s.start || !isLatinLetter(f[i-1])) {
			if q, ok := wordQuantity(f, s, i); ok {
				out = append(out, q)
				i = q.end - 1
			}
			continue
		}
		if !isDigit(f[i]) || i > s.start && (isDigit(f[i-1]) || f[i-1] == '.' || f[i-1] == ',' || isLatinLetter(f[i-1]) && f[i-1] != 'm') {
			continue
		}
		q, ok := readQuantity(d, s, i)
		if ok {
			out = append(out, q)
			i = q.end - 1
			if p, ok := earlierCount(f, s, q); ok {
				out = append(out, p)
				i = p.end - 1
			}
		}
	}
	return out
}

// enNumberWords are the counts English news spells out.
var enNumberWords = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

// wordQuantity reads a spelled-out count followed by a unit noun ("nine projects", "eleven
// start-ups") at i; a number word without a unit ("one of the city's") is no figure.
func wordQuantity(f []rune, s span, i int) (quantity, bool) {
	j := i
	for j < s.end && isLatinLetter(f[j]) {
		j++
	}
	v, ok := enNumberWords[string(f[i:j])]
	if !ok {
		return quantity{}, false
	}
	for _, u := range enUnits {
		if hasPrefixAt(f, j, u.w) && !isLatinLetter(at2(f, j+len([]rune(u.w)))) {
			return quantity{start: i, end: j + len([]rune(u.w)), value: v, unit: u.u}, true
		}
	}
	return quantity{}, false
}

// earlierCount reads the earlier value of a count that grew ("to 48 engineers from 20",
// "about 90 people, up from 35"): the same unit, stated once.
func earlierCount(f []rune, s span, q quantity) (quantity, bool) {
	if q.unit == "" || q.currency != "" {
		return quantity{}, false
	}
	for _, w := range []string{", up from ", ", down from ", " up from ", " from "} {
		if !hasPrefixAt(f, q.end, w) {
			continue
		}
		k := q.end + len([]rune(w))
		v, e := readNumber(f, k, s.end)
		if e == k || isLatinLetter(at2(f, e)) || at2(f, e) == '%' || hasPrefixAt(f, e, " per") {
			return quantity{}, false
		}
		return quantity{start: k, end: e, value: v, unit: q.unit}, true
	}
	return quantity{}, false
}

// readNumber reads 1,200.5 at i.
func readNumber(f []rune, i, limit int) (float64, int) {
	j := i
	for j < limit && (isDigit(f[j]) || (f[j] == ',' || f[j] == '.') && j+1 < limit && isDigit(f[j+1])) {
		j++
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(string(f[i:j]), ",", ""), 64)
	if err != nil {
		return 0, i
	}
	return v, j
}

// hasPrefixAt reports whether f holds w starting at i (without allocating).
func hasPrefixAt(f []rune, i int, w string) bool {
	if i < 0 {
		return false
	}
	for _, c := range w {
		if i >= len(f) || f[i] != c {
			return false
		}
		i++
	}
	return true
}

// hasSuffixAt reports whether f holds w ending at i.
func hasSuffixAt(f []rune, i int, w string) bool {
	return hasPrefixAt(f, i-utf8.RuneCountInString(w), w)
}

func readQuantity(d *doc, s span, i int) (quantity, bool) {
	f := d.folded
	v, j := readNumber(f, i, s.end)
	if j == i {
		return quantity{}, false
	}
	q := quantity{start: i, value: v}
	// A currency or qualifier before the number.
	k := i
	for k > s.start && f[k-1] == ' ' {
		k--
	}
	for _, c := range enCurrencies {
		if hasSuffixAt(f, k, c.w) {
			q.currency, k = c.c, k-len([]rune(c.w))
			break
		}
	}
	if q.currency == "" && hasSuffixAt(f, k, "人民币") {
		q.currency, k = "CNY", k-3
	}
	for k > s.start && f[k-1] == ' ' {
		k--
	}
	for _, x := range zhQualifiers {
		if hasSuffixAt(f, k, x.w) {
			q.qualifier, k = x.q, k-len([]rune(x.w))
			break
		}
	}
	for _, x := range enQualifiers {
		if q.qualifier == "" && hasSuffixAt(f, k+1, x.w) && f[k] == ' ' {
			q.qualifier, k = x.q, k+1-len([]rune(x.w))
			break
		}
	}
	q.start = k
	// A range: 700至1300, 60亿至160亿, 5-10, between 5 and 10.
	e := j
	mult := 1.0
	readMult := func(at int) (float64, int) {
		for _, m := range zhMultipliers {
			if hasPrefixAt(f, at, m.w) {
				return m.m, at + len([]rune(m.w))
			}
		}
		for _, m := range []struct {
			w string
			m float64
		}{{" million", 1e6}, {" billion", 1e9}, {" bn", 1e9}, {"bn", 1e9}, {"m ", 1e6}, {" trillion", 1e12}} {
			if hasPrefixAt(f, at, m.w) && !isLatinLetter(at2(f, at+len([]rune(m.w)))) {
				if m.w == "m " {
					return m.m, at + 1
				}
				return m.m, at + len([]rune(m.w))
			}
		}
		if q.currency != "" && (hasPrefixAt(f, at, "m") || hasPrefixAt(f, at, "mn")) && !isLatinLetter(at2(f, at+1)) {
			return 1e6, at + 1 // HK$38.5m.
		}
		if q.currency != "" && hasPrefixAt(f, at, "mn") && !isLatinLetter(at2(f, at+2)) {
			return 1e6, at + 2 // Rmb500mn
		}
		return 1, at
	}
	mult, e = readMult(e)
	for _, sep := range []string{"至", "到", "-", "–", "—", " to ", " and "} {
		if hasPrefixAt(f, e, sep) && e+len([]rune(sep)) < s.end && isDigit(f[e+len([]rune(sep))]) {
			v2, j2 := readNumber(f, e+len([]rune(sep)), s.end)
			m2, e2 := readMult(j2)
			if m2 == 1 {
				m2 = mult
			}
			if mult == 1 {
				mult = m2
			}
			mx := v2 * m2
			q.max, e = &mx, e2
			break
		}
	}
	// 20.9亿 is 2,090,000,000 exactly, not the float product's 2,089,999,999.9999998.
	q.value = math.Round(v*mult*1e4) / 1e4
	if q.max != nil {
		mx := math.Round(*q.max*1e4) / 1e4
		q.max = &mx
	}
	// A currency after the number.
	for _, c := range zhCurrencies {
		if hasPrefixAt(f, e, c.w) {
			q.currency, e = c.c, e+len([]rune(c.w))
			if q.currency == "" {
				q.currency = "CNY" // a bare 元 in Chinese news is renminbi unless 港元 is said
				if hasPrefixAt(f, e, "人民币") {
					e += 3
				}
			}
			break
		}
	}
	if q.currency == "" {
		for _, c := range []struct{ w, c string }{{" hkd", "HKD"}, {" usd", "USD"}, {" yuan", "CNY"}, {" rmb", "CNY"}} {
			if hasPrefixAt(f, e, c.w) {
				q.currency, e = c.c, e+len([]rune(c.w))
			}
		}
	}
	if q.currency == "" {
		if (at2(f, e) == '余' || at2(f, e) == '多') && q.qualifier == "" {
			q.qualifier, e = "more than", e+1 // 50余人, 200多家
		}
		for _, u := range zhUnits {
			if hasPrefixAt(f, e, u.w) {
				q.unit, e = u.u, e+len([]rune(u.w))
				break
			}
		}
		for _, u := range enUnits {
			if q.unit == "" && hasPrefixAt(f, e, u.w) {
				q.unit, e = u.u, e+len([]rune(u.w))
			}
		}
		if q.unit == "" && at2(f, e) == ' ' {
			// "2,000 corporate clients", "60 full-time staff": one describing word before the noun.
			k := e + 1
			for k < s.end && (isLatinLetter(f[k]) || f[k] == '-') {
				k++
			}
			if k > e+1 && k-e <= 16 {
				for _, u := range enUnits {
					if hasPrefixAt(f, k, u.w) && !isLatinLetter(at2(f, k+len([]rune(u.w)))) {
						q.unit, e = u.u, k+len([]rune(u.w))
						break
					}
				}
			}
		}
		if q.unit == "" || q.unit == "items" {
			return quantity{}, false // a bare number (a year, a date, a round) is no figure
		}
	}
	q.end = e
	return q, true
}

func at2(f []rune, i int) rune {
	if i < 0 || i >= len(f) {
		return ' '
	}
	return f[i]
}

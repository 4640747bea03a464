package extract

import "testing"

// TestMinedCues: the additions mined from every annotated text at once (internal/tools/cuemine,
// round seven). A fund a government body proposes in a policy document is the body's to establish,
// as well as the document's announcement; a listing board before an exchange's name is no part
// of the name, so the company lists on the exchange.
func TestMinedCues(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"zh-Hant", "財經事務及庫務局在《2026-27年度財政預算案》中提出設立「綠色金融發展基金」，由港投公司管理。",
			[]string{"ESTABLISHED 財經事務及庫務局 > 綠色金融發展基金", "ANNOUNCED 2026-27年度財政預算案 > 綠色金融發展基金"}, nil},
		{"zh-Hans", "江门市人民政府于《2026年政府工作报告》中提出设立“侨乡科创母基金”。",
			[]string{"ESTABLISHED 江门市人民政府 > 侨乡科创母基金"}, nil},
		{"zh-Hans", "深圳市前海管理局与江门市人民政府在《深江合作方案》中提出设立“侨乡科创母基金”。",
			[]string{"ESTABLISHED 深圳市前海管理局 > 侨乡科创母基金", "ESTABLISHED 江门市人民政府 > 侨乡科创母基金"}, nil},
		{"zh-Hans", "深圳市前海管理局与深港科技创新合作区提出设立“前海跨境创新基金”。",
			[]string{"ESTABLISHED 深圳市前海管理局 > 前海跨境创新基金"}, nil},
		// A person who proposes a fund in a report establishes nothing.
		{"zh-Hans", "分析师张伟在《2026年展望报告》中提出设立“青年创业基金”。", nil,
			[]string{"ESTABLISHED 张伟 > 青年创业基金", "ESTABLISHED 2026年展望报告 > 青年创业基金"}},
		{"en", "Harbourline Robotics Holdings Limited is listed on the Main Board of The Stock Exchange of Hong Kong Limited.",
			[]string{"LISTED_ON Harbourline Robotics Holdings Limited > The Stock Exchange of Hong Kong Limited"},
			[]string{"LISTED_ON Harbourline Robotics Holdings Limited > Main Board of The Stock Exchange of Hong Kong Limited"}},
		{"en", "Pinewood Data Holdings Limited has been listed on the GEM of The Stock Exchange of Hong Kong Limited since 2018.",
			[]string{"LISTED_ON Pinewood Data Holdings Limited > The Stock Exchange of Hong Kong Limited"}, nil},
	}
	for _, c := range cases {
		checkRels(t, c.text, Extract(Input{Text: c.text, Language: c.lang}), c.want, c.not)
	}
}

// TestListingBoardIsNoName: only a board of an exchange is cut off a name; "Main Board of
// Directors" is left alone.
func TestListingBoardIsNoName(t *testing.T) {
	cases := map[string]string{
		"Main Board of The Stock Exchange of Hong Kong Limited": "The Stock Exchange of Hong Kong Limited",
		"GEM of The Stock Exchange of Hong Kong Limited":        "The Stock Exchange of Hong Kong Limited",
		"Main Board of HKEX":      "HKEX",
		"Main Board of Directors": "",
		"Main Board":              "",
	}
	for name, want := range cases {
		m, ok := afterListingBoard(mention{name: name, start: 10, end: 10 + len([]rune(name))})
		got := ""
		if ok {
			got = m.name
			if m.end-m.start != len([]rune(m.name)) {
				t.Errorf("%q: span %d-%d does not fit %q", name, m.start, m.end, m.name)
			}
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", name, got, want)
		}
	}
}

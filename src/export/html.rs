//! A self-contained HTML page: the controls × services grid coloured by owner, filters by owner and party, and
//! each cell opening to its duties and citation; English and Japanese on one page.

use std::fmt::Write as _;

use super::owner_line;
use crate::{Cell, Chapter, Document, Lang, Matrix, Party, Service, Text};

const STYLE: &str = r#"
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:1.5rem;color:#1d1d1f}
body.en .ja,body.ja .en{display:none}
h1{font-size:1.3rem;margin:0 0 .3rem}
.meta{color:#555;margin:0 0 1rem}
.bar{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-bottom:1rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ddd;padding:.25rem .4rem;font-size:.85rem;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:#f5f5f7}
tr.chapter th{background:#eef;font-weight:600}
td.cell{cursor:pointer;text-align:center;white-space:nowrap}
td.cell:focus{outline:2px solid #0a64d8}
.owner-provider{background:#cfe3ff}.owner-customer{background:#ffe2c4}.owner-shared{background:#d9f2d0}.owner-na{background:#eee;color:#888}
td.dim{opacity:.15}
tr.hidden{display:none}
.legend span{padding:.1rem .5rem;margin-right:.3rem;border-radius:3px}
dialog{max-width:46rem;border:1px solid #aaa;border-radius:6px}
dialog h2{font-size:1.05rem;margin-top:0}
.detail{display:none}
dialog ul{padding-left:1.2rem}
.tag{font-size:.75rem;color:#555}
"#;

const SCRIPT: &str = r"
(function(){
  var body=document.body, owner=document.getElementById('f-owner'), party=document.getElementById('f-party');
  function apply(){
    var o=owner.value, p=party.value;
    document.querySelectorAll('#grid tbody tr.control').forEach(function(tr){
      var any=false;
      tr.querySelectorAll('td.cell').forEach(function(td){
        var ok=(!o||td.dataset.owner===o)&&(!p||(' '+td.dataset.parties+' ').indexOf(' '+p+' ')>=0);
        td.classList.toggle('dim',!ok); any=any||ok;
      });
      tr.classList.toggle('hidden',!any);
    });
    document.getElementById('shown').textContent=document.querySelectorAll('#grid td.cell:not(.dim)').length;
  }
  owner.addEventListener('change',apply); party.addEventListener('change',apply);
  document.getElementById('lang').addEventListener('click',function(){
    var ja=body.classList.contains('en'); body.classList.toggle('en',!ja); body.classList.toggle('ja',ja);
    document.documentElement.lang=ja?'ja':'en';
    document.querySelectorAll('option[data-en]').forEach(function(o){ o.textContent=ja?o.dataset.ja:o.dataset.en; });
  });
  var dlg=document.getElementById('detail'), box=document.getElementById('detail-body');
  function open(td){ box.innerHTML=td.querySelector('.detail').innerHTML; dlg.showModal(); }
  document.querySelectorAll('td.cell').forEach(function(td){
    td.addEventListener('click',function(){open(td);});
    td.addEventListener('keydown',function(e){ if(e.key==='Enter'||e.key===' '){e.preventDefault();open(td);} });
  });
  document.getElementById('close').addEventListener('click',function(){dlg.close();});
  apply();
  body.dataset.ready='true';
})();
";

/// The matrix as one self-contained HTML page (no network, no external files): the controls × services grid
/// coloured by owner, filters by owner and by party, and each cell opening a dialog with its duties, capabilities,
/// basis and citation. Both languages are in the page; `lang` picks the one shown first, and a button switches.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let page = export::html(Matrix::builtin(), Lang::Ja);
/// assert!(page.starts_with("<!doctype html>"));
/// assert_eq!(page.matches("<td class=\"cell ").count(), 340);
/// assert!(!page.contains("http://") && !page.contains("https://"));
/// ```
#[must_use]
pub fn html(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::get();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body class=\"{lang}\">\n",
        esc(doc.title.get(lang))
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p class=\"meta\">{} · {} · {} {}</p>",
        both(&Text::new("Shared-responsibility matrix", "責任分担マトリクス")),
        both(&doc.publisher),
        both(&doc.title),
        esc(&doc.issued),
        both(&Text { en: format!("edition {}", doc.edition).into(), ja: format!("第{}版", doc.edition).into() }),
    );
    for caveat in doc.caveats.iter() {
        let _ = writeln!(out, "<p class=\"meta caveat\">{}</p>", both(caveat));
    }
    out.push_str("<div class=\"bar\">\n");
    let _ = writeln!(
        out,
        "<label>{} <select id=\"f-owner\">{}{}{}{}{}</select></label>",
        both(&Text::new("Owner", "担当")),
        option("", &Text::new("all", "すべて"), lang),
        option("provider", &Text::new("provider", "当社"), lang),
        option("customer", &Text::new("customer", "お客さま"), lang),
        option("shared", &Text::new("shared", "共同"), lang),
        option("na", &Text::new("not applicable", "対象外"), lang),
    );
    let _ = writeln!(
        out,
        "<label>{} <select id=\"f-party\">{}{}{}</select></label>",
        both(&Text::new("Party with a duty", "職務のある当事者")),
        option("", &Text::new("any", "いずれも"), lang),
        option("provider", &Text::new("provider", "当社"), lang),
        option("customer", &Text::new("customer", "お客さま"), lang),
    );
    let _ = writeln!(
        out,
        "<button id=\"lang\" type=\"button\">日本語 / English</button>\
         <span><span id=\"shown\">340</span> {}</span>",
        both(&Text::new("cells shown", "セル表示中"))
    );
    let _ = writeln!(
        out,
        "<span class=\"legend\"><span class=\"owner-provider\">{}</span><span class=\"owner-customer\">{}</span>\
         <span class=\"owner-shared\">{}</span><span class=\"owner-na\">{}</span></span>\n</div>",
        both(&Text::new("provider", "当社")),
        both(&Text::new("customer", "お客さま")),
        both(&Text::new("shared", "共同")),
        both(&Text::new("not applicable", "対象外")),
    );
    out.push_str("<table id=\"grid\">\n<thead><tr><th>§</th><th>");
    out.push_str(&both(&Text::new("Control", "管理策")));
    out.push_str("</th>");
    for s in Service::ALL {
        let _ = write!(out, "<th>{}</th>", labels(|l| s.label(l)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for &chapter in Chapter::ALL {
        let _ = writeln!(
            out,
            "<tr class=\"chapter\"><th colspan=\"{}\">{} {}</th></tr>",
            2 + Service::COUNT,
            chapter.number(),
            both(&Text::new(chapter.title_en(), chapter.title_ja()))
        );
        for control in chapter.controls() {
            let _ = write!(
                out,
                "<tr class=\"control\" data-control=\"{control}\"><td>{}</td><td>{}</td>",
                control.section(),
                both(&Text::new(control.title_en(), control.title_ja()))
            );
            for &service in Service::ALL {
                cell_html(&mut out, matrix.cell(service, control));
            }
            out.push_str("</tr>\n");
        }
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<dialog id=\"detail\"><div id=\"detail-body\"></div><button id=\"close\" type=\"button\">{}</button></dialog>",
        both(&Text::new("Close", "閉じる"))
    );
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn cell_html(out: &mut String, cell: &Cell) {
    let owner = cell.owner().map_or("na", <&str>::from);
    let mut parties: Vec<&str> = Vec::new();
    for &p in Party::ALL {
        if cell.duties_of(p).next().is_some() {
            parties.push(p.into());
        }
    }
    let label = match cell.owner() {
        Some(o) => labels(|l| o.label(l)),
        None => both(&Text::new("n/a", "対象外")),
    };
    let _ = write!(
        out,
        "<td class=\"cell owner-{owner}\" tabindex=\"0\" data-owner=\"{owner}\" data-parties=\"{}\" \
         data-service=\"{}\">{label}<div class=\"detail\">",
        parties.join(" "),
        cell.service()
    );
    let c = cell.control();
    let _ = write!(
        out,
        "<h2>§{} {} — {}</h2>",
        c.section(),
        both(&Text::new(c.title_en(), c.title_ja())),
        labels(|l| cell.service().label(l))
    );
    let owner_line = both(&Text::owned(owner_line(cell, Lang::En), owner_line(cell, Lang::Ja)));
    let _ = write!(out, "<p>{}: {owner_line}</p>", both(&Text::new("Owner", "担当")));
    if let Some(reason) = cell.not_applicable_reason() {
        let _ = write!(out, "<p>{}: {}</p>", both(&Text::new("Why", "理由")), both(reason));
    }
    let _ = write!(out, "<p>{}</p>", both(cell.summary()));
    for &party in Party::ALL {
        let mut duties = cell.duties_of(party).peekable();
        if duties.peek().is_none() {
            continue;
        }
        let _ = write!(out, "<h3>{}</h3><ul>", labels(|l| party.label(l)));
        for d in duties {
            let cap = d.capability.map_or_else(String::new, |c| format!(" · {}", labels(|l| c.label(l))));
            let _ = write!(
                out,
                "<li>{} <span class=\"tag\">[{} · {} · {}{cap}]</span>",
                both(&d.text),
                labels(|l| d.kind.label(l)),
                labels(|l| d.layer.label(l)),
                labels(|l| d.scope.label(l)),
            );
            if let Some(reason) = d.basis.reason() {
                let _ = write!(out, " <em>{}: {}</em>", labels(|l| crate::OwnerBasis::Inferred.label(l)), both(reason));
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    for w in cell.withheld() {
        let _ = write!(out, "<p>{}: {}</p>", both(&Text::new("Not disclosed", "非開示")), labels(|l| w.label(l)));
    }
    let iso: Vec<String> = crate::Edition::ALL.iter().flat_map(|&e| c.qualified_ids(e)).collect();
    let _ = write!(
        out,
        "<p class=\"tag\">{}: §{} · {}</p></div></td>",
        both(&Text::new("Source", "出典")),
        c.section(),
        esc(&iso.join(", "))
    );
}

/// An `<option>`: it cannot hold spans, so it carries both texts and the script switches them.
fn option(value: &str, text: &Text, lang: Lang) -> String {
    format!(
        "<option value=\"{value}\" data-en=\"{}\" data-ja=\"{}\">{}</option>",
        esc(&text.en),
        esc(&text.ja),
        esc(text.get(lang))
    )
}

/// A vocabulary label in both languages, each in its span.
fn labels(label: impl Fn(Lang) -> &'static str) -> String {
    both(&Text::new(label(Lang::En), label(Lang::Ja)))
}

/// Both languages, each in its span; CSS shows one.
fn both(text: &Text) -> String {
    format!("<span class=\"en\">{}</span><span class=\"ja\">{}</span>", esc(&text.en), esc(&text.ja))
}

/// Escapes text for HTML element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

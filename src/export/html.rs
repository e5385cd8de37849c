//! A self-contained HTML page: the controls × services grid coloured by owner, filters by owner and party, and
//! each cell opening to its duties and citation; English and Japanese on one page.

use std::fmt::Write as _;

use super::{citation, not_applicable, owner_line, owner_mark};
use crate::{Cell, Chapter, Lang, Matrix, Owner, Party, Service, Text, document::Document};

const STYLE: &str = r#"
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:1.5rem;color:#1d1d1f;overflow-wrap:break-word}
body.en .ja,body.ja .en{display:none}
h1{font-size:1.3rem;margin:0 0 .3rem}
.meta{color:#555;margin:0 0 1rem}
.bar{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-bottom:1rem}
select{max-width:100%}
.grid{overflow:auto;max-height:80vh;border:1px solid #ddd}
table{border-collapse:separate;border-spacing:0;width:100%}
th,td{border:0;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:.25rem .4rem;font-size:.85rem;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;z-index:2;background:#f5f5f7}
#grid td:nth-child(-n+2){position:sticky;z-index:1;background:#fff}
#grid thead th:nth-child(-n+2){z-index:3}
#grid td:first-child,#grid thead th:first-child{left:0;width:3.5rem;min-width:3.5rem;max-width:3.5rem;box-sizing:border-box;white-space:nowrap}
#grid td:nth-child(2),#grid thead th:nth-child(2){left:3.5rem;min-width:8rem}
tr.chapter th{background:#eef;font-weight:600}
td.cell{cursor:pointer;text-align:center;white-space:nowrap}
td.cell:focus{outline:2px solid #0a64d8}
.owner-provider{background:#cfe3ff}.owner-customer{background:#ffe2c4}.owner-shared{background:#d9f2d0}.owner-na{background:#eee;color:#888}
td.dim{opacity:.15}
tr.hidden{display:none}
.legend span{padding:.1rem .5rem;margin-right:.3rem;border-radius:3px}
dialog{max-width:min(46rem,calc(100vw - 2.5rem));box-sizing:border-box;border:1px solid #aaa;border-radius:6px;overflow-wrap:anywhere}
dialog h2{font-size:1.05rem;margin-top:0}
.detail{display:none}
dialog ul{padding-left:1.2rem}
.tag{font-size:.75rem;color:#555}
@media (max-width:40rem){body{margin:.75rem}th,td{font-size:.8rem;padding:.2rem .3rem}.bar{gap:.5rem}#grid{min-width:38rem}}
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
    document.documentElement.lang=ja?'ja':'en'; document.title=ja?body.dataset.titleJa:body.dataset.titleEn;
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
    let doc = Document::builtin();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n\
         <body class=\"{lang}\" data-title-en=\"{}\" data-title-ja=\"{}\">\n",
        esc(doc.title.get(lang)),
        esc(&doc.title.en),
        esc(&doc.title.ja),
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
    let mut owners = option("", &Text::new("all", "すべて"), lang);
    for &owner in Owner::ALL {
        owners.push_str(&option(owner.into(), &labels(|l| owner.label(l)), lang));
    }
    owners.push_str(&option("na", &labels(not_applicable), lang));
    let _ =
        writeln!(out, "<label>{} <select id=\"f-owner\">{owners}</select></label>", both(&Text::new("Owner", "担当")));
    let mut parties = option("", &Text::new("any", "いずれも"), lang);
    for &party in Party::ALL {
        parties.push_str(&option(party.into(), &labels(|l| party.label(l)), lang));
    }
    let _ = writeln!(
        out,
        "<label>{} <select id=\"f-party\">{parties}</select></label>",
        both(&Text::new("Party with a duty", "職務のある当事者"))
    );
    let _ = writeln!(
        out,
        "<button id=\"lang\" type=\"button\">日本語 / English</button>\
         <span><span id=\"shown\">340</span> {}</span>",
        both(&Text::new("cells shown", "セル表示中"))
    );
    out.push_str("<span class=\"legend\">");
    for &owner in Owner::ALL {
        let _ = write!(out, "<span class=\"owner-{owner}\">{}</span>", both(&labels(|l| owner.label(l))));
    }
    let _ = writeln!(
        out,
        "<span class=\"owner-na\">{}</span> <span>*\u{a0}{}</span> <span>\u{2020}\u{a0}{}</span></span>\n</div>",
        both(&labels(not_applicable)),
        both(&Text::new(
            "the owner rests on our inference, not on the document's statements",
            "担当は文書の記載ではなく推定による"
        )),
        both(&Text::new("the customer's decision (a tailoring)", "お客さまの決定（調整）による")),
    );
    out.push_str("<div class=\"grid\">\n<table id=\"grid\">\n<thead><tr><th>§</th><th>");
    out.push_str(&both(&Text::new("Control", "管理策")));
    out.push_str("</th>");
    for &s in Service::ALL {
        let _ = write!(out, "<th>{}</th>", both(&labels(|l| s.label(l))));
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
                both(&labels(|l| control.label(l)))
            );
            for &service in Service::ALL {
                cell_html(&mut out, matrix.cell(service, control));
            }
            out.push_str("</tr>\n");
        }
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
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
    // The owner's label in the grid: `*` when it rests on our inference, `†` when on the customer's decision.
    let star = owner_mark(cell);
    let label = match cell.owner() {
        Some(o) => both(&Text::owned(format!("{}{star}", o.label(Lang::En)), format!("{}{star}", o.label(Lang::Ja)))),
        None => both(&Text::owned(format!("n/a{star}"), format!("対象外{star}"))),
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
        both(&labels(|l| c.label(l))),
        both(&labels(|l| cell.service().label(l)))
    );
    let owner_line = both(&Text::owned(owner_line(cell, Lang::En), owner_line(cell, Lang::Ja)));
    let _ = write!(out, "<p>{}: {owner_line}</p>", both(&Text::new("Owner", "担当")));
    if let Some(basis) = cell.not_applicable_basis() {
        if let Some(reason) = basis.reason() {
            let _ = write!(out, "<p>{}: {}</p>", both(&why(basis)), both(reason));
        }
    }
    let _ = write!(out, "<p>{}</p>", both(cell.summary()));
    for &party in Party::ALL {
        let mut duties = cell.duties_of(party).peekable();
        if duties.peek().is_none() {
            continue;
        }
        let _ = write!(out, "<h3>{}</h3><ul>", both(&labels(|l| party.label(l))));
        for d in duties {
            let mut tags = vec![
                labels(|l| d.kind.label(l)),
                labels(|l| d.layer.label(l)),
                labels(|l| d.scope.label(l)),
                labels(|l| d.basis.label(l)),
            ];
            if let Some(cap) = d.capability {
                tags.push(labels(|l| cap.label(l)));
            }
            let tags: Vec<String> = tags.iter().map(both).collect();
            let _ = write!(out, "<li>{} <span class=\"tag\">[{}]</span>", both(&d.text), tags.join(" · "));
            if let Some(reason) = d.basis.reason() {
                let _ = write!(out, " <em>{}: {}</em>", both(&why(&d.basis)), both(reason));
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    for w in cell.withheld() {
        let _ =
            write!(out, "<p>{}: {}</p>", both(&Text::new("Not disclosed", "非開示")), both(&labels(|l| w.label(l))));
    }
    // The 2005 id, then each later edition's ids with how they are known (a nearest fit or a judgement must not
    // read as a table row).
    let iso2005 = c.qualified_ids(crate::iso::Edition::Iso27002_2005).join(", ");
    let later: Vec<String> = c
        .iso27001_2013()
        .iter()
        .chain(c.iso27001_2022())
        .map(|cw| {
            let ids = cw.qualified().collect::<Vec<_>>().join(", ");
            format!("{} ({})", esc(&ids), both(&labels(|l| cw.correspondence.label(l))))
        })
        .collect();
    let iso = std::iter::once(esc(&iso2005)).filter(|s| !s.is_empty()).chain(later).collect::<Vec<_>>().join(" · ");
    let _ = write!(
        out,
        "<p class=\"tag\">{}: {} · {iso}</p></div></td>",
        both(&Text::new("Source", "出典")),
        both(&labels_owned(|l| citation(cell, l))),
    );
}

/// The heading of a reason: ours is a "why"; the customer's is the reason of its decision, not a "why" of ours.
fn why(basis: &crate::Basis) -> Text {
    match basis.provenance() {
        crate::Provenance::Tailored => Text::new("The customer's reason", "お客さまの理由"),
        crate::Provenance::Stated | crate::Provenance::Inferred => Text::new("Why", "理由"),
    }
}

/// A vocabulary value's labels in both languages, from its `label(Lang)`.
fn labels(label: impl Fn(Lang) -> &'static str) -> Text {
    Text::new(label(Lang::En), label(Lang::Ja))
}

/// Text built in each language.
fn labels_owned(text: impl Fn(Lang) -> String) -> Text {
    Text::owned(text(Lang::En), text(Lang::Ja))
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

/// Both languages, each in its span; CSS shows one.
fn both(text: &Text) -> String {
    format!("<span class=\"en\">{}</span><span class=\"ja\">{}</span>", esc(&text.en), esc(&text.ja))
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
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

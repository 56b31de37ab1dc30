//! Files beside the pages that are published as they are: images, PDFs, audio and video.
//! Anything else under `content/` (HTML, scripts, styles, archives) would bypass the
//! sanitiser and the Content-Security-Policy of the pages, so it is left out with a warning;
//! SVG images are published only after sanitising (they can carry scripts).

use std::path::PathBuf;

use super::fs::SiteFs;
use crate::diag::Diagnostic;
use crate::model::Asset;
use crate::model::key::check_segment;

/// The largest asset published, in bytes.
pub(crate) const MAX_ASSET: u64 = 100 * 1024 * 1024;

/// The largest SVG read for sanitising.
const MAX_SVG: u64 = 2 * 1024 * 1024;

/// Whether a file of this name may be published as it is, by its media type.
pub(crate) fn is_publishable(name: &str) -> bool {
    mime_guess::from_path(name).iter().any(|m| {
        let (t, s) = (m.type_().as_str(), m.subtype().as_str());
        match t {
            "image" => s != "svg",
            "audio" | "video" => true,
            "application" => s == "pdf",
            _ => false,
        }
    })
}

fn is_svg(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("svg"))
}

/// The asset at `rel` (relative to `content/<lang>/`), or `None` with a diagnostic when it
/// is not published.
pub(crate) fn read(
    fs: &SiteFs,
    lang: &str,
    rel: &str,
    path: PathBuf,
    diags: &mut Vec<Diagnostic>,
) -> Option<Asset> {
    let file = fs.rel(&path);
    if let Some(e) = rel.split('/').find_map(|s| check_segment(s).err()) {
        diags.push(
            Diagnostic::error(format!("`{rel}` cannot be published: {e}"))
                .in_file(&file)
                .hint("rename the file"),
        );
        return None;
    }
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let sanitised = if is_svg(name) {
        let bytes = match fs.read(&path, MAX_SVG) {
            Ok(Some(b)) => b,
            Ok(None) => return None,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        match svg::sanitise(&bytes) {
            Ok((clean, removed)) => {
                for what in removed {
                    diags.push(
                        Diagnostic::warning(format!("SVG {what} removed"))
                            .in_file(&file)
                            .hint("images may not carry scripts, event handlers or links to other sites"),
                    );
                }
                Some(clean)
            }
            Err(why) => {
                diags.push(
                    Diagnostic::warning(format!("SVG left out: {why}"))
                        .in_file(&file)
                        .hint("save it again from your drawing program, or use a PNG"),
                );
                return None;
            }
        }
    } else if is_publishable(name) {
        match fs.kind(&path) {
            Ok(Some(super::fs::Kind::File(len))) if len > MAX_ASSET => {
                diags.push(
                    Diagnostic::error(format!(
                        "file is {} MB; files of at most {} MB are published",
                        len / (1024 * 1024),
                        MAX_ASSET / (1024 * 1024)
                    ))
                    .in_file(&file),
                );
                return None;
            }
            Ok(_) => None,
            Err(d) => {
                diags.push(d);
                return None;
            }
        }
    } else {
        diags.push(
            Diagnostic::warning("file is not published: only images, PDFs, audio and video files are copied beside the pages")
                .in_file(&file)
                .hint("write pages in Markdown; other files would bypass the site's safety checks"),
        );
        return None;
    };
    Some(Asset {
        lang: lang.to_string(),
        key: rel.to_string(),
        file,
        path,
        sanitised,
    })
}

/// SVG sanitising: an allow-list of drawing elements and presentation attributes over the
/// XML events; scripts, foreign content, event handlers, styles with URLs and links other
/// than to fragments inside the image are dropped.
pub(crate) mod svg {
    use quick_xml::events::{BytesStart, Event};
    use quick_xml::{Reader, Writer};

    const ELEMENTS: &[&str] = &[
        "svg",
        "g",
        "defs",
        "symbol",
        "use",
        "title",
        "desc",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "textPath",
        "linearGradient",
        "radialGradient",
        "stop",
        "clipPath",
        "mask",
        "pattern",
        "marker",
        "filter",
        "feGaussianBlur",
        "feOffset",
        "feBlend",
        "feColorMatrix",
        "feMerge",
        "feMergeNode",
        "feFlood",
        "feComposite",
        "image",
        "metadata",
    ];

    /// Attributes that may hold a URL: only `#fragment` references survive.
    const LINKS: &[&str] = &["href", "xlink:href", "src"];

    /// The sanitised file and what was removed.
    pub(crate) fn sanitise(bytes: &[u8]) -> Result<(Vec<u8>, Vec<String>), String> {
        let text = std::str::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_string())?;
        let mut reader = Reader::from_str(text);
        reader.config_mut().check_end_names = true;
        let mut writer = Writer::new(Vec::new());
        let mut removed = Vec::new();
        // Depth inside a dropped element: everything in it is dropped too.
        let mut skipping = 0usize;
        let mut depth = 0usize;
        let mut saw_svg = false;
        loop {
            let event = reader.read_event().map_err(|e| e.to_string())?;
            match event {
                Event::Eof => break,
                Event::Start(start) => {
                    depth += 1;
                    if depth > 256 {
                        return Err("it is nested too deeply".into());
                    }
                    if skipping > 0 {
                        skipping += 1;
                        continue;
                    }
                    match clean_start(&start, &mut removed)? {
                        Some(s) => {
                            saw_svg |= s.local_name().as_ref() == b"svg";
                            writer
                                .write_event(Event::Start(s))
                                .map_err(|e| e.to_string())?
                        }
                        None => skipping = 1,
                    }
                }
                Event::Empty(start) => {
                    if skipping == 0
                        && let Some(s) = clean_start(&start, &mut removed)?
                    {
                        writer
                            .write_event(Event::Empty(s))
                            .map_err(|e| e.to_string())?;
                    }
                }
                Event::End(end) => {
                    depth = depth.saturating_sub(1);
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    writer
                        .write_event(Event::End(end))
                        .map_err(|e| e.to_string())?;
                }
                Event::Text(t) if skipping == 0 => writer
                    .write_event(Event::Text(t))
                    .map_err(|e| e.to_string())?,
                Event::CData(c) if skipping == 0 => writer
                    .write_event(Event::CData(c))
                    .map_err(|e| e.to_string())?,
                Event::Decl(d) => writer
                    .write_event(Event::Decl(d))
                    .map_err(|e| e.to_string())?,
                Event::DocType(_) => removed.push("document type declaration".into()),
                Event::PI(_) => removed.push("processing instruction".into()),
                _ => {}
            }
        }
        if !saw_svg {
            return Err("it has no <svg> element".into());
        }
        Ok((writer.into_inner(), removed))
    }

    fn clean_start<'a>(
        start: &BytesStart<'a>,
        removed: &mut Vec<String>,
    ) -> Result<Option<BytesStart<'static>>, String> {
        let name = String::from_utf8_lossy(start.name().as_ref()).to_string();
        if !ELEMENTS.contains(&name.as_str()) {
            removed.push(format!("element <{name}>"));
            return Ok(None);
        }
        let mut clean = BytesStart::new(name.clone());
        for attr in start.attributes() {
            let attr = attr.map_err(|e| e.to_string())?;
            let key = String::from_utf8_lossy(attr.key.as_ref()).to_string();
            let value = attr
                .unescape_value()
                .map_err(|e| e.to_string())?
                .to_string();
            let lower = key.to_ascii_lowercase();
            let bad = lower.starts_with("on")
                || (LINKS.contains(&lower.as_str()) && !value.trim_start().starts_with('#'))
                || ((lower == "style"
                    || lower.starts_with("fill")
                    || lower.starts_with("stroke")
                    || lower == "filter"
                    || lower == "mask"
                    || lower == "clip-path")
                    && value.to_ascii_lowercase().contains("url(")
                    && !value
                        .replace(' ', "")
                        .to_ascii_lowercase()
                        .contains("url(#"));
            if bad {
                removed.push(format!("attribute `{key}` on <{name}>"));
            } else {
                clean.push_attribute((key.as_str(), value.as_str()));
            }
        }
        Ok(Some(clean))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn scripts_and_handlers_are_removed() {
            let svg = br##"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:x"><rect/></a><use href="#r"/><foreignObject><p>x</p></foreignObject><rect id="r" fill="url(https://evil.example/x)"/><circle r="3"/></svg>"##;
            let (clean, removed) = sanitise(svg).unwrap();
            let clean = String::from_utf8(clean).unwrap();
            assert!(!clean.contains("alert"), "{clean}");
            assert!(!clean.contains("evil"), "{clean}");
            assert!(!clean.contains("foreignObject"), "{clean}");
            assert!(clean.contains("<use href=\"#r\"/>"), "{clean}");
            assert!(clean.contains("<circle r=\"3\"/>"), "{clean}");
            assert!(removed.iter().any(|r| r.contains("onload")), "{removed:?}");
            assert!(
                removed.iter().any(|r| r.contains("<script>")),
                "{removed:?}"
            );
            assert!(sanitise(b"<html></html>").is_err());
            assert!(sanitise(b"<svg><g></svg>").is_err());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_media_is_published() {
        for ok in [
            "a.png", "b.JPG", "c.webp", "d.pdf", "e.mp3", "f.mp4", "g.gif", "h.avif",
        ] {
            assert!(is_publishable(ok), "{ok}");
        }
        for bad in [
            "a.html", "b.js", "c.css", "d.svg", "e.zip", "f", "g.htm", "h.xhtml", "i.exe",
        ] {
            assert!(!is_publishable(bad), "{bad}");
        }
    }
}

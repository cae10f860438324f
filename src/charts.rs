//! Charts for experiments and the debrief, as SVG text and PNG bytes, drawn with plotters.
//!
//! PNGs are drawn with the font shipped in `assets/fonts/` (never a system font), so a chart
//! looks the same on every machine. The US is dark blue with solid lines, China orange with
//! dashed lines, as in the window; other series take the palette's next colours.

use plotters::coord::Shift;
use plotters::prelude::*;

/// The US colour (as in the window).
pub(crate) const US: (u8, u8, u8) = (0x00, 0x5A, 0x9C);
/// China's colour (as in the window).
pub(crate) const CHINA: (u8, u8, u8) = (0xE6, 0x9F, 0x00);
/// Colours for variants beyond the first two (colour-blind-safe Okabe–Ito palette).
pub(crate) const PALETTE: [(u8, u8, u8); 6] = [
    (0x00, 0x5A, 0x9C),
    (0xE6, 0x9F, 0x00),
    (0x00, 0x9E, 0x73),
    (0xCC, 0x79, 0xA7),
    (0x56, 0xB4, 0xE9),
    (0xD5, 0x5E, 0x00),
];

/// One line of a chart, with an optional band around it.
#[derive(Clone, Debug)]
pub(crate) struct Series {
    /// Legend text.
    pub label: String,
    /// Its colour.
    pub colour: (u8, u8, u8),
    /// Dashed (China, or a second timeline) or solid.
    pub dashed: bool,
    /// One value per x position (NaN leaves a gap).
    pub values: Vec<f64>,
    /// Low and high edges of a band (10th and 90th percentiles, say).
    pub band: Option<(Vec<f64>, Vec<f64>)>,
}

/// A line chart over turns.
#[derive(Clone, Debug)]
pub(crate) struct LineChart {
    /// Title above the chart.
    pub title: String,
    /// What the y axis measures.
    pub y_label: String,
    /// A label per x position (quarters).
    pub x_labels: Vec<String>,
    /// The lines.
    pub series: Vec<Series>,
    /// Turns to mark with a thin vertical line (a branch point, say).
    pub marks: Vec<usize>,
}

/// One group of bars: its label, colour, and per category the value, low and high.
pub(crate) type BarGroup = (String, (u8, u8, u8), Vec<(f64, f64, f64)>);

/// Bars with 95% intervals: for each category, one bar per group.
#[derive(Clone, Debug)]
pub(crate) struct BarChart {
    /// Title above the chart.
    pub title: String,
    /// What the y axis measures.
    pub y_label: String,
    /// The categories along the x axis (outcomes, say).
    pub categories: Vec<String>,
    /// Each group (variant): its label, colour and per-category value, low, high.
    pub groups: Vec<BarGroup>,
}

fn register_font() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let _ = plotters::style::register_font(
                "sans-serif",
                FontStyle::Normal,
                include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
            );
        });
    }
}

fn err(e: impl std::fmt::Display) -> String {
    format!("cannot draw the chart: {e}")
}

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

impl LineChart {
    fn y_range(&self) -> (f64, f64) {
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for s in &self.series {
            let band = s.band.iter().flat_map(|(a, b)| a.iter().chain(b.iter()));
            for &v in s.values.iter().chain(band) {
                if v.is_finite() {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
        }
        if !lo.is_finite() {
            return (0.0, 1.0);
        }
        if lo >= 0.0 && lo < 0.25 * hi {
            lo = 0.0;
        }
        let pad = ((hi - lo) * 0.06).max(1e-6);
        (lo - if lo == 0.0 { 0.0 } else { pad }, hi + pad)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), String>
    where
        DB::ErrorType: 'static,
    {
        root.fill(&WHITE).map_err(err)?;
        let n = self.x_labels.len().max(2);
        let (lo, hi) = self.y_range();
        let mut chart = ChartBuilder::on(root)
            .caption(&self.title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(64)
            .build_cartesian_2d(0f64..(n - 1) as f64, lo..hi)
            .map_err(err)?;
        let labels = self.x_labels.clone();
        chart
            .configure_mesh()
            .x_labels(n.min(8))
            .x_label_formatter(&|x| {
                let i = x.round();
                if (x - i).abs() < 1e-6 && i >= 0.0 {
                    labels.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .y_desc(&self.y_label)
            .light_line_style(RGBColor(235, 235, 235))
            .label_style(("sans-serif", 13))
            .axis_desc_style(("sans-serif", 14))
            .draw()
            .map_err(err)?;
        for &m in &self.marks {
            let x = m as f64;
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(x, lo), (x, hi)],
                    RGBColor(120, 120, 120).stroke_width(1),
                )))
                .map_err(err)?;
        }
        for s in &self.series {
            if let Some((a, b)) = &s.band {
                let mut pts: Vec<(f64, f64)> = a
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| v.is_finite())
                    .map(|(i, v)| (i as f64, *v))
                    .collect();
                pts.extend(
                    b.iter()
                        .enumerate()
                        .rev()
                        .filter(|(_, v)| v.is_finite())
                        .map(|(i, v)| (i as f64, *v)),
                );
                chart
                    .draw_series(std::iter::once(Polygon::new(pts, rgb(s.colour).mix(0.18))))
                    .map_err(err)?;
            }
        }
        for s in &self.series {
            let colour = rgb(s.colour);
            let style = colour.stroke_width(if s.dashed { 2 } else { 3 });
            let pts: Vec<(f64, f64)> = s
                .values
                .iter()
                .enumerate()
                .filter(|(_, v)| v.is_finite())
                .map(|(i, v)| (i as f64, *v))
                .collect();
            let drawn = if s.dashed {
                chart.draw_series(DashedLineSeries::new(pts, 8, 5, style))
            } else {
                chart.draw_series(LineSeries::new(pts, style))
            }
            .map_err(err)?;
            let dashed = s.dashed;
            drawn.label(&s.label).legend(move |(x, y)| {
                let end = if dashed { x + 10 } else { x + 22 };
                PathElement::new(vec![(x, y), (end, y)], colour.stroke_width(3))
            });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(RGBColor(160, 160, 160))
            .label_font(("sans-serif", 13))
            .draw()
            .map_err(err)?;
        root.present().map_err(err)
    }

    /// The chart as an SVG document.
    pub(crate) fn svg(&self, size: (u32, u32)) -> Result<String, String> {
        svg_of(size, |root| self.draw(root))
    }

    /// The chart as a PNG file.
    pub(crate) fn png(&self, size: (u32, u32)) -> Result<Vec<u8>, String> {
        png_of(size, |root| self.draw(root))
    }
}

impl BarChart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), String>
    where
        DB::ErrorType: 'static,
    {
        root.fill(&WHITE).map_err(err)?;
        let cats = self.categories.len().max(1);
        let groups = self.groups.len().max(1);
        let top = self
            .groups
            .iter()
            .flat_map(|(_, _, v)| v.iter().map(|(_, _, hi)| *hi))
            .fold(10.0f64, f64::max)
            * 1.1;
        let mut chart = ChartBuilder::on(root)
            .caption(&self.title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(64)
            .build_cartesian_2d(0f64..cats as f64, 0f64..top.min(110.0))
            .map_err(err)?;
        let labels = self.categories.clone();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(cats * 2 + 1)
            .x_label_formatter(&|x| {
                let c = x - 0.5;
                let i = c.round();
                if (c - i).abs() < 1e-6 && i >= 0.0 {
                    labels.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .y_desc(&self.y_label)
            .light_line_style(RGBColor(235, 235, 235))
            .label_style(("sans-serif", 13))
            .axis_desc_style(("sans-serif", 14))
            .draw()
            .map_err(err)?;
        let width = 0.8 / groups as f64;
        for (g, (label, colour, values)) in self.groups.iter().enumerate() {
            let colour = rgb(*colour);
            let bars = values.iter().enumerate().map(|(c, (v, _, _))| {
                let x0 = c as f64 + 0.1 + g as f64 * width;
                Rectangle::new([(x0, 0.0), (x0 + width * 0.9, *v)], colour.filled())
            });
            chart
                .draw_series(bars)
                .map_err(err)?
                .label(label)
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled())
                });
            let whiskers = values.iter().enumerate().map(|(c, (_, lo, hi))| {
                let x = c as f64 + 0.1 + g as f64 * width + width * 0.45;
                PathElement::new(vec![(x, *lo), (x, *hi)], BLACK.stroke_width(2))
            });
            chart.draw_series(whiskers).map_err(err)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.85))
            .border_style(RGBColor(160, 160, 160))
            .label_font(("sans-serif", 13))
            .draw()
            .map_err(err)?;
        root.present().map_err(err)
    }

    /// The chart as an SVG document.
    pub(crate) fn svg(&self, size: (u32, u32)) -> Result<String, String> {
        svg_of(size, |root| self.draw(root))
    }

    /// The chart as a PNG file.
    pub(crate) fn png(&self, size: (u32, u32)) -> Result<Vec<u8>, String> {
        png_of(size, |root| self.draw(root))
    }
}

/// Draw a chart into an SVG document.
fn svg_of(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), String>,
) -> Result<String, String> {
    register_font();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&root)?;
    }
    Ok(out)
}

/// Draw a chart into a PNG file (the shipped font, white background).
fn png_of(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<BitMapBackend<'_>, Shift>) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    register_font();
    let mut buf = vec![255u8; (size.0 * size.1 * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, size).into_drawing_area();
        draw(&root)?;
    }
    encode_png(&buf, size)
}

fn encode_png(rgb: &[u8], (w, h): (u32, u32)) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(err)?;
        writer.write_image_data(rgb).map_err(err)?;
        writer.finish().map_err(err)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> LineChart {
        LineChart {
            title: "Lead".into(),
            y_label: "months".into(),
            x_labels: (0..8).map(|i| format!("Q{i}")).collect(),
            series: vec![Series {
                label: "US".into(),
                colour: US,
                dashed: false,
                values: (0..8).map(f64::from).collect(),
                band: Some((
                    (0..8).map(|i| f64::from(i) - 1.0).collect(),
                    (0..8).map(|i| f64::from(i) + 1.0).collect(),
                )),
            }],
            marks: vec![3],
        }
    }

    #[test]
    fn svg_and_png_are_drawn() {
        let svg = chart().svg((640, 360)).expect("svg");
        assert!(svg.starts_with("<svg") && svg.contains("Lead") && svg.contains("polyline"));
        let png = chart().png((640, 360)).expect("png");
        assert_eq!(&png[1..4], b"PNG");
        assert!(png.len() > 2000);
    }
}

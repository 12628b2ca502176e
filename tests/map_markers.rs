//! Every place's centre (where its marker, tooltip and label go) lies where
//! the place is: inside its own outline when it has one, and inside its
//! known longitude/latitude box when it is too small to draw. A centre left
//! at a default such as (0, 0), or at longitude 0, latitude 0, fails here.

use uncyber::data::other_place_words;
use uncyber::generated::map::{
    MEMBER_PATHS, MEMBER_SHAPES, OTHER_PATHS, OTHER_PLACES, PATH_UNITS, VIEW_BOX,
};

/// Equal Earth (Šavrič, Patterson & Jenny 2018), as published, scaled to the
/// map's view box: 1000 units from -180° to 180°, cut at 84° N and 58° S.
fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    let (a1, a2, a3, a4) = (1.340264, -0.081106, 0.000893, 0.003796);
    let m = 3f64.sqrt() / 2.0;
    let t = (m * lat.to_radians().sin()).asin();
    let (t2, t6) = (t * t, t.powi(6));
    let x =
        lon.to_radians() * t.cos() / (m * (a1 + 3.0 * a2 * t2 + t6 * (7.0 * a3 + 9.0 * a4 * t2)));
    let y = t * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
    (x, y)
}

fn project(lon: f64, lat: f64) -> (f64, f64) {
    let (x_max, _) = equal_earth(180.0, 0.0);
    let scale = f64::from(VIEW_BOX.0) / (2.0 * x_max);
    let (_, y_top) = equal_earth(0.0, 84.0);
    let (x, y) = equal_earth(lon, lat);
    ((x + x_max) * scale, (y_top - y) * scale)
}

/// Places too small to draw, with the box they cover: west, east, south, north
/// (west > east when the box crosses the antimeridian).
const SMALL_PLACES: &[(&str, [f64; 4])] = &[
    ("AND", [1.41, 1.79, 42.43, 42.66]),
    ("ATG", [-62.4, -61.6, 16.9, 17.8]),
    ("BRB", [-59.7, -59.4, 13.0, 13.4]),
    ("GRD", [-61.8, -61.3, 11.9, 12.6]),
    ("KIR", [169.5, -150.2, -11.5, 4.8]),
    ("LIE", [9.47, 9.64, 47.05, 47.28]),
    ("MDV", [72.6, 73.8, -0.7, 7.1]),
    ("MCO", [7.40, 7.44, 43.72, 43.76]),
    ("NRU", [166.90, 166.96, -0.56, -0.50]),
    ("TUV", [176.0, 179.9, -10.8, -5.6]),
    ("Holy See", [12.44, 12.46, 41.90, 41.91]),
    ("State of Palestine", [34.2, 35.6, 31.2, 32.6]),
];

/// How far (view-box units) a centre may sit outside its box: the rounding
/// and simplification of the generated map.
const SLACK: f64 = 1.5;

/// The projected bounding boxes of a longitude/latitude box, from points
/// along its edges: two when it crosses the antimeridian.
fn projected_boxes([west, east, south, north]: [f64; 4]) -> Vec<[f64; 4]> {
    if west > east {
        return [[west, 180.0, south, north], [-180.0, east, south, north]]
            .into_iter()
            .flat_map(projected_boxes)
            .collect();
    }
    let mut b = [f64::MAX, f64::MIN, f64::MAX, f64::MIN];
    for i in 0..=20 {
        for j in 0..=20 {
            if i % 20 != 0 && j % 20 != 0 {
                continue;
            }
            let lon = west + (east - west) * f64::from(i) / 20.0;
            let lat = south + (north - south) * f64::from(j) / 20.0;
            let (x, y) = project(lon, lat);
            b = [b[0].min(x), b[1].max(x), b[2].min(y), b[3].max(y)];
        }
    }
    vec![b]
}

/// The bounding box of SVG path data written as `M x y l dx dy … z`, in view-box units.
fn path_box(d: &str) -> Option<[f64; 4]> {
    let mut numbers = Vec::new();
    let mut commands = Vec::new();
    let mut token = String::new();
    let flush = |token: &mut String, numbers: &mut Vec<f64>| {
        if !token.is_empty() {
            numbers.push(token.parse::<f64>().expect("a number in the path"));
            token.clear();
        }
    };
    for c in d.chars() {
        match c {
            'M' | 'l' | 'z' => {
                flush(&mut token, &mut numbers);
                commands.push((c, numbers.len()));
            }
            '-' => {
                flush(&mut token, &mut numbers);
                token.push('-');
            }
            ' ' => flush(&mut token, &mut numbers),
            _ => token.push(c),
        }
    }
    flush(&mut token, &mut numbers);
    let mut b = [f64::MAX, f64::MIN, f64::MAX, f64::MIN];
    let (mut x, mut y) = (0.0, 0.0);
    for (k, &(command, start)) in commands.iter().enumerate() {
        let end = commands.get(k + 1).map_or(numbers.len(), |c| c.1);
        for pair in numbers[start..end].chunks(2) {
            match command {
                'M' => (x, y) = (pair[0], pair[1]),
                'l' => (x, y) = (x + pair[0], y + pair[1]),
                _ => continue,
            }
            let unit = f64::from(PATH_UNITS);
            b = [
                b[0].min(x / unit),
                b[1].max(x / unit),
                b[2].min(y / unit),
                b[3].max(y / unit),
            ];
        }
    }
    (b[0] <= b[1]).then_some(b)
}

fn check(name: &str, d: &str, centre: (f32, f32)) -> Result<(), String> {
    let (x, y) = (f64::from(centre.0), f64::from(centre.1));
    let (boxes, what) = match (path_box(d), SMALL_PLACES.iter().find(|(n, _)| *n == name)) {
        (_, Some((_, lon_lat))) => (projected_boxes(*lon_lat), "its longitude/latitude box"),
        (Some(b), None) => (vec![b], "its outline's bounding box"),
        (None, None) => {
            return Err(format!(
                "{name} has no outline: add its box to SMALL_PLACES"
            ))
        }
    };
    let inside = |b: &[f64; 4]| {
        x >= b[0] - SLACK && x <= b[1] + SLACK && y >= b[2] - SLACK && y <= b[3] + SLACK
    };
    if boxes.iter().any(inside) {
        Ok(())
    } else {
        Err(format!(
            "{name}'s centre ({x}, {y}) is outside {what} {boxes:?}"
        ))
    }
}

#[test]
fn every_member_states_centre_lies_in_its_own_bounds() {
    let wrong: Vec<String> = MEMBER_SHAPES
        .iter()
        .zip(MEMBER_PATHS)
        .filter_map(|(s, d)| check(s.iso3, d, s.centre).err())
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_other_places_centre_lies_in_its_own_bounds() {
    let wrong: Vec<String> = OTHER_PLACES
        .iter()
        .zip(OTHER_PATHS)
        .enumerate()
        .filter_map(|(i, (p, d))| check(other_place_words(i).unwrap().0, d, p.centre).err())
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_holy_see_is_marked_in_rome_inside_italy() {
    let at = (0..OTHER_PLACES.len())
        .position(|i| other_place_words(i).unwrap().0 == "Holy See")
        .unwrap();
    let holy_see = &OTHER_PLACES[at];
    let italy = MEMBER_SHAPES.iter().position(|s| s.iso3 == "ITA").unwrap();
    let b = path_box(MEMBER_PATHS[italy]).unwrap();
    let (x, y) = (f64::from(holy_see.centre.0), f64::from(holy_see.centre.1));
    assert!(holy_see.marker);
    assert!(
        x > b[0] && x < b[1] && y > b[2] && y < b[3],
        "({x}, {y}) in Italy's box {b:?}"
    );
}

#[test]
fn the_projection_here_agrees_with_the_generator_on_a_drawn_state() {
    // Guards the check itself: Italy's outline lies around Rome's projected position.
    let italy = MEMBER_SHAPES.iter().position(|s| s.iso3 == "ITA").unwrap();
    let b = path_box(MEMBER_PATHS[italy]).unwrap();
    let (x, y) = project(12.5, 41.9);
    assert!(
        x > b[0] && x < b[1] && y > b[2] && y < b[3],
        "Rome ({x}, {y}) in {b:?}"
    );
}

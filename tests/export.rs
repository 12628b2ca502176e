//! The downloadable files against the data.

use uncyber::data;
use uncyber::model::export::{dataset_json, votes_csv};

#[test]
fn the_csv_has_a_row_per_member_and_a_column_per_vote_matching_the_data() {
    let csv = votes_csv(data::members(), data::votes());
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 194);
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(header.len(), 5 + 8);
    for (row, member) in lines[1..].iter().zip(data::members()) {
        // Names with commas are quoted; the last 8 fields are always the votes.
        let fields: Vec<&str> = row.rsplitn(9, ',').collect();
        assert!(row.starts_with(member.iso3));
        for (k, vote) in data::votes().iter().enumerate() {
            let i = data::member_index(member.iso3).unwrap();
            assert_eq!(
                fields[7 - k],
                vote.choice(i).slug(),
                "{} {}",
                member.iso3,
                vote.id
            );
        }
    }
}

#[test]
fn the_json_names_every_vote_member_and_the_licence() {
    let json = dataset_json(data::members(), data::votes());
    assert!(json.contains("\"licence\": \"The votes are public UN records"));
    for v in data::votes() {
        assert!(json.contains(&format!("\"id\": \"{}\"", v.id)));
        assert!(json.contains(&format!(
            "\"yes\": {}, \"no\": {}",
            v.official.yes, v.official.no
        )));
    }
    assert_eq!(json.matches("\"iso3\": ").count(), 193);
    assert!(json.contains("\"un_name\": \"Côte d'Ivoire\""));
}

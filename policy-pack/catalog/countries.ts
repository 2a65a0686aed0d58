import { SourceId } from "./sources";

/** A country that hosts an Azure region, with its membership of the EU and of EFTA. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, upper case. */
  readonly code: string;
  /** English short name, as shown in violation messages. */
  readonly name: string;
  /** Member state of the European Union. */
  readonly eu: boolean;
  /** Member state of the European Free Trade Association (IS, LI, NO, CH). */
  readonly efta: boolean;
  readonly source: SourceId;
}

const eu = (code: string, name: string): Country => ({ code, name, eu: true, efta: false, source: "S-EU" });
const efta = (code: string, name: string): Country => ({ code, name, eu: false, efta: true, source: "S-EFTA" });
const other = (code: string, name: string): Country => ({ code, name, eu: false, efta: false, source: "S-REG" });

/**
 * Every EU and EFTA member state (whether or not Azure has a region there), and every other country that hosts
 * an Azure public-cloud region. Keyed by ISO code.
 */
export const COUNTRIES: Readonly<Record<string, Country>> = Object.fromEntries(
  [
    eu("AT", "Austria"), eu("BE", "Belgium"), eu("BG", "Bulgaria"), eu("HR", "Croatia"), eu("CY", "Cyprus"),
    eu("CZ", "Czechia"), eu("DK", "Denmark"), eu("EE", "Estonia"), eu("FI", "Finland"), eu("FR", "France"),
    eu("DE", "Germany"), eu("GR", "Greece"), eu("HU", "Hungary"), eu("IE", "Ireland"), eu("IT", "Italy"),
    eu("LV", "Latvia"), eu("LT", "Lithuania"), eu("LU", "Luxembourg"), eu("MT", "Malta"), eu("NL", "Netherlands"),
    eu("PL", "Poland"), eu("PT", "Portugal"), eu("RO", "Romania"), eu("SK", "Slovakia"), eu("SI", "Slovenia"),
    eu("ES", "Spain"), eu("SE", "Sweden"),
    efta("IS", "Iceland"), efta("LI", "Liechtenstein"), efta("NO", "Norway"), efta("CH", "Switzerland"),
    other("GB", "United Kingdom"), other("US", "United States"), other("CA", "Canada"), other("BR", "Brazil"),
    other("MX", "Mexico"), other("CL", "Chile"), other("AU", "Australia"), other("NZ", "New Zealand"),
    other("JP", "Japan"), other("KR", "South Korea"), other("IN", "India"), other("SG", "Singapore"),
    other("HK", "Hong Kong"), other("ID", "Indonesia"), other("MY", "Malaysia"), other("TW", "Taiwan"),
    other("ZA", "South Africa"), other("AE", "United Arab Emirates"), other("QA", "Qatar"), other("IL", "Israel"),
    other("SA", "Saudi Arabia"), other("KW", "Kuwait"),
  ].map((c) => [c.code, c]),
);

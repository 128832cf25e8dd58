import type { Recognizer } from "../recognizer.ts";
import { accountNumberRecognizer } from "./account-number.ts";
import { algerianNinRecognizer } from "./algerian-nin.ts";
import { bankCardRecognizer } from "./bank-card.ts";
import { belgianNationalNumberRecognizer } from "./belgian-national-number.ts";
import { benefitNumberRecognizer } from "./benefit-number.ts";
import { birthDateRecognizer } from "./birth-date.ts";
import { cadastralParcelRecognizer } from "./cadastral-parcel.ts";
import { caseNumberRecognizer } from "./case-number.ts";
import { civilStatusRecordRecognizer } from "./civil-status-record.ts";
import { credentialsRecognizer } from "./credentials.ts";
import { disguisedEmailRecognizer } from "./disguised-email.ts";
import { drivingLicenceRecognizer } from "./driving-licence.ts";
import { dutchBsnRecognizer } from "./dutch-bsn.ts";
import { emailRecognizer } from "./email.ts";
import { employeeNumberRecognizer } from "./employee-number.ts";
import { foreignAddressRecognizer } from "./foreign-address.ts";
import { foreignPlateRecognizer } from "./foreign-plate.ts";
import { foreignerNumberRecognizer } from "./foreigner-number.ts";
import { germanSocialInsuranceRecognizer } from "./german-social-insurance.ts";
import { germanTaxIdRecognizer } from "./german-tax-id.ts";
import { healthProfessionalNumberRecognizer } from "./health-professional-number.ts";
import { ibanNamedRecognizer } from "./iban-named.ts";
import { ibanRecognizer } from "./iban.ts";
import { identityCardRecognizer } from "./identity-card.ts";
import { imeiRecognizer } from "./imei.ts";
import { ipAddressRecognizer } from "./ip-address.ts";
import { italianFiscalCodeRecognizer } from "./italian-fiscal-code.ts";
import { jobSeekerIdRecognizer } from "./job-seeker-id.ts";
import { labelledAddressRecognizer } from "./labelled-address.ts";
import { labelledPhoneRecognizer } from "./labelled-phone.ts";
import { lowercaseNameRecognizer } from "./lowercase-name.ts";
import { macAddressRecognizer } from "./mac-address.ts";
import { mailDisplayNameRecognizer } from "./mail-display-name.ts";
import { nicknameRecognizer } from "./nickname.ts";
import { nirNamedRecognizer } from "./nir-named.ts";
import { nirRecognizer } from "./nir.ts";
import { numeroFiscalNamedRecognizer } from "./numero-fiscal-named.ts";
import { numeroFiscalRecognizer } from "./numero-fiscal.ts";
import { passportNamedRecognizer } from "./passport-named.ts";
import { passportRecognizer } from "./passport.ts";
import { personRecognizer } from "./person.ts";
import { phoneRecognizer } from "./phone.ts";
import { placeholderLiteralRecognizer } from "./placeholder-literal.ts";
import { plateRecognizer } from "./plate.ts";
import { polishPeselRecognizer } from "./polish-pesel.ts";
import { portugueseNifRecognizer } from "./portuguese-nif.ts";
import { portugueseNissRecognizer } from "./portuguese-niss.ts";
import { postalAddressRecognizer } from "./postal-address.ts";
import { ribLabelledRecognizer } from "./rib-labelled.ts";
import { ribNamedRecognizer } from "./rib-named.ts";
import { ribRecognizer } from "./rib.ts";
import { romanianCnpRecognizer } from "./romanian-cnp.ts";
import { sirenRecognizer } from "./siren.ts";
import { siretRecognizer } from "./siret.ts";
import { socialHandleRecognizer } from "./social-handle.ts";
import { spanishIdRecognizer } from "./spanish-id.ts";
import { spanishSocialSecurityRecognizer } from "./spanish-social-security.ts";
import { studentNumberRecognizer } from "./student-number.ts";
import { swedishPersonnummerRecognizer } from "./swedish-personnummer.ts";
import { swissAvsRecognizer } from "./swiss-avs.ts";
import { tableColumnsRecognizer } from "./table-columns.ts";
import { tvaRecognizer } from "./tva.ts";
import { ukNationalInsuranceRecognizer } from "./uk-national-insurance.ts";
import { ukBankAccountRecognizer } from "./uk-bank-account.ts";
import { ukNhsNumberRecognizer } from "./uk-nhs-number.ts";
import { usSsnRecognizer } from "./us-ssn.ts";
import { vinRecognizer } from "./vin.ts";

/** Every recognizer the engine runs by default. */
export function defaultRecognizers(): Recognizer[] {
  return [
    placeholderLiteralRecognizer,
    personRecognizer,
    mailDisplayNameRecognizer,
    lowercaseNameRecognizer,
    nicknameRecognizer,
    tableColumnsRecognizer,
    postalAddressRecognizer,
    foreignAddressRecognizer,
    cadastralParcelRecognizer,
    labelledAddressRecognizer,
    nirRecognizer,
    nirNamedRecognizer,
    ibanRecognizer,
    ibanNamedRecognizer,
    ribRecognizer,
    ribNamedRecognizer,
    ribLabelledRecognizer,
    ukBankAccountRecognizer,
    sirenRecognizer,
    siretRecognizer,
    tvaRecognizer,
    numeroFiscalRecognizer,
    numeroFiscalNamedRecognizer,
    bankCardRecognizer,
    phoneRecognizer,
    labelledPhoneRecognizer,
    emailRecognizer,
    disguisedEmailRecognizer,
    plateRecognizer,
    foreignPlateRecognizer,
    passportRecognizer,
    passportNamedRecognizer,
    identityCardRecognizer,
    drivingLicenceRecognizer,
    foreignerNumberRecognizer,
    benefitNumberRecognizer,
    jobSeekerIdRecognizer,
    studentNumberRecognizer,
    employeeNumberRecognizer,
    accountNumberRecognizer,
    civilStatusRecordRecognizer,
    socialHandleRecognizer,
    credentialsRecognizer,
    healthProfessionalNumberRecognizer,
    imeiRecognizer,
    vinRecognizer,
    macAddressRecognizer,
    ipAddressRecognizer,
    spanishIdRecognizer,
    italianFiscalCodeRecognizer,
    belgianNationalNumberRecognizer,
    swissAvsRecognizer,
    polishPeselRecognizer,
    romanianCnpRecognizer,
    dutchBsnRecognizer,
    ukNhsNumberRecognizer,
    usSsnRecognizer,
    ukNationalInsuranceRecognizer,
    germanTaxIdRecognizer,
    portugueseNifRecognizer,
    swedishPersonnummerRecognizer,
    spanishSocialSecurityRecognizer,
    portugueseNissRecognizer,
    algerianNinRecognizer,
    germanSocialInsuranceRecognizer,
    birthDateRecognizer,
    caseNumberRecognizer,
  ];
}

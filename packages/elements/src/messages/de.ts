// German strings of <oncelink-share>, shipped to prove that every string can be replaced.
import type { OnceLinkMessages } from './en.js';

export const de: OnceLinkMessages = {
  lang: 'de',
  trigger: 'Link teilen',
  oneTimeTrigger: 'Einmal-Link',
  title: 'Terminlink teilen',
  close: 'Schließen',
  picker: 'Master-Seite',
  pickerPlaceholder: 'Master-Seite wählen',
  loadingPages: 'Master-Seiten werden geladen…',
  loadingPage: 'Wird geladen…',
  noPages:
    'Es gibt noch keine aktive Master-Seite. Legen Sie in OnceHub eine an oder aktivieren Sie eine, dann erneut versuchen.',
  oneTime: 'Einmal-Link',
  oneTimeHint: 'Gilt für genau eine Buchung.',
  personalize: 'Link personalisieren',
  customerName: 'Name des Kunden',
  customerEmail: 'E-Mail des Kunden',
  showBookingForm: 'Buchungsformular trotzdem zeigen',
  link: 'Link',
  openLink: 'Link öffnen',
  noLink:
    'Diese Seite hat noch keinen öffentlichen Link. Schalten Sie „Einmal-Link“ ein, um einen zu erstellen.',
  creating: 'Link wird erstellt…',
  madeOnCopy: 'Der Link wird beim Kopieren erstellt. Name und E-Mail gehen an OnceHub, nicht in den Link.',
  copyAndClose: 'Kopieren & schließen',
  newLink: 'Neuer Link für den nächsten Kunden',
  copied: 'Link kopiert',
  copyManually:
    'Der Link konnte nicht automatisch kopiert werden. Er ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac).',
  retry: 'Erneut versuchen',
  useOrdinaryLink: 'Normalen Link verwenden',
  nameRequired: 'Geben Sie den Namen des Kunden ein.',
  emailRequired: 'Geben Sie die E-Mail des Kunden ein.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  nameInvalid: 'Entfernen Sie Zeilenumbrüche und andere unsichtbare Zeichen aus dem Namen.',
  tooLong: 'Höchstens 100 Zeichen.',
  linkTooLong: 'Mit diesem Namen und dieser E-Mail wird der Link zu lang (über 2.000 Zeichen): Bitte kürzen.',
  fixFields: 'Korrigieren Sie die markierten Felder, um den Link zu kopieren.',
  errorNotConfigured:
    'Dieses Fenster ist noch nicht mit OnceHub verbunden. Sagen Sie es der Person, die OnceLink auf dieser Seite eingerichtet hat.',
  errorNotEligible:
    'Für diese Master-Seite gibt es keine Einmal-Links. Einmal-Links gibt es nur für Master-Seiten mit regelbasierter Zuweisung und dynamischen Regeln: Ändern Sie die Regeln in OnceHub oder verwenden Sie den normalen Link.',
  errorCalendarNotEligible:
    'Für diesen Buchungskalender gibt es keine Einmal-Links. Nur veröffentlichte Buchungskalender haben sie: Veröffentlichen Sie ihn in OnceHub, dann erneut versuchen.',
  errorNotFound:
    'Diese Seite wurde in OnceHub nicht gefunden. Vielleicht wurde sie gelöscht: Prüfen Sie die hier eingestellte Seite.',
  errorUnauthorized:
    'OnceHub hat die Verbindung abgelehnt: Der API-Schlüssel fehlt oder ist falsch. Bitten Sie die Person, die OnceLink hier eingerichtet hat, ihn zu prüfen.',
  errorForbidden:
    'Ihr OnceHub-Konto darf das nicht (Tarif oder Berechtigungen). Fragen Sie Ihre OnceHub-Administration.',
  errorRateLimited:
    'OnceHub erhält gerade zu viele Anfragen. Warten Sie ein paar Sekunden, dann erneut versuchen.',
  errorOffline: 'OnceHub ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung, dann erneut versuchen.',
  errorTimeout: 'OnceHub hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.',
  errorMalformed:
    'OnceHub hat eine unlesbare Antwort geschickt, daher wird kein Link gezeigt. Erneut versuchen; wenn es so bleibt, melden Sie es der Person, die OnceLink hier eingerichtet hat.',
  errorServer: 'OnceHub hatte ein Problem. Versuchen Sie es gleich noch einmal.',
  errorFailed:
    'Bei der Verbindung mit OnceHub ist etwas schiefgegangen. Versuchen Sie es gleich noch einmal.',
  errorLoadFailed:
    'Das Pop-up konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};

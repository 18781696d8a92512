"""The closed vocabulary: every ontology term and namespace the Python code uses.

Terms are attributes, so a typo is a mypy error; ``tests/test_vocab.py`` checks that
every ``DK`` term is declared in ``ontology/digikom.ttl`` and every code in a code list
in ``ontology/codelists.ttl``.

>>> DK.FundingStatement.value
'https://w3id.org/digikom/ontology#FundingStatement'
"""

from __future__ import annotations

from typing import Final

from pyoxigraph import NamedNode

DK_NS: Final = "https://w3id.org/digikom/ontology#"
ID_NS: Final = "https://w3id.org/digikom/id/"
CODE_NS: Final = "https://w3id.org/digikom/code/"
GRAPH_NS: Final = "https://w3id.org/digikom/graph/"
GENID_NS: Final = "https://w3id.org/digikom/.well-known/genid/"

RDF_NS: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS: Final = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS: Final = "http://www.w3.org/2002/07/owl#"
XSD_NS: Final = "http://www.w3.org/2001/XMLSchema#"
SKOS_NS: Final = "http://www.w3.org/2004/02/skos/core#"
ORG_NS: Final = "http://www.w3.org/ns/org#"
PROV_NS: Final = "http://www.w3.org/ns/prov#"
SCHEMA_NS: Final = "https://schema.org/"
DCT_NS: Final = "http://purl.org/dc/terms/"
FOAF_NS: Final = "http://xmlns.com/foaf/0.1/"
OA_NS: Final = "http://www.w3.org/ns/oa#"
CV_NS: Final = "http://data.europa.eu/m8g/"
DCAT_NS: Final = "http://www.w3.org/ns/dcat#"
SH_NS: Final = "http://www.w3.org/ns/shacl#"
VOID_NS: Final = "http://rdfs.org/ns/void#"
DCATDE_NS: Final = "http://dcat-ap.de/def/dcatde/"
VCARD_NS: Final = "http://www.w3.org/2006/vcard/ns#"
SD_NS: Final = "http://www.w3.org/ns/sparql-service-description#"

PREFIXES: Final[dict[str, str]] = {
    "dk": DK_NS,
    "id": ID_NS,
    "code": CODE_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    "skos": SKOS_NS,
    "org": ORG_NS,
    "prov": PROV_NS,
    "schema": SCHEMA_NS,
    "dcterms": DCT_NS,
    "foaf": FOAF_NS,
    "oa": OA_NS,
    "cv": CV_NS,
    "dcat": DCAT_NS,
    "void": VOID_NS,
    "dcatde": DCATDE_NS,
    "vcard": VCARD_NS,
}


def _dk(name: str) -> NamedNode:
    return NamedNode(DK_NS + name)


class DK:
    """Terms of the DigiKom ontology (``dk:``)."""

    # Actors
    Actor: Final = _dk("Actor")
    Organisation: Final = _dk("Organisation")
    Person: Final = _dk("Person")
    PublicBody: Final = _dk("PublicBody")
    Federation: Final = _dk("Federation")
    State: Final = _dk("State")
    Ministry: Final = _dk("Ministry")
    Municipality: Final = _dk("Municipality")
    City: Final = _dk("City")
    County: Final = _dk("County")
    Agency: Final = _dk("Agency")
    Committee: Final = _dk("Committee")
    MunicipalAssociation: Final = _dk("MunicipalAssociation")
    OrganisationalUnit: Final = _dk("OrganisationalUnit")
    TrainingProvider: Final = _dk("TrainingProvider")
    Academy: Final = _dk("Academy")
    Company: Final = _dk("Company")
    Startup: Final = _dk("Startup")
    ITServiceProvider: Final = _dk("ITServiceProvider")
    Network: Final = _dk("Network")
    # Places
    Place: Final = _dk("Place")
    AdministrativeArea: Final = _dk("AdministrativeArea")
    Country: Final = _dk("Country")
    # Initiatives
    Initiative: Final = _dk("Initiative")
    Strategy: Final = _dk("Strategy")
    LighthouseProject: Final = _dk("LighthouseProject")
    Programme: Final = _dk("Programme")
    FundingCall: Final = _dk("FundingCall")
    Competition: Final = _dk("Competition")
    ModelProject: Final = _dk("ModelProject")
    QualificationProgramme: Final = _dk("QualificationProgramme")
    Agreement: Final = _dk("Agreement")
    Law: Final = _dk("Law")
    Portal: Final = _dk("Portal")
    Project: Final = _dk("Project")
    Campaign: Final = _dk("Campaign")
    DigitalService: Final = _dk("DigitalService")
    Event: Final = _dk("Event")
    Conference: Final = _dk("Conference")
    Workshop: Final = _dk("Workshop")
    # Statements (facts stated by a source)
    Statement: Final = _dk("Statement")
    FundingStatement: Final = _dk("FundingStatement")
    AggregateFunding: Final = _dk("AggregateFunding")
    Grant: Final = _dk("Grant")
    Involvement: Final = _dk("Involvement")
    Membership: Final = _dk("Membership")
    PartOfStatement: Final = _dk("PartOfStatement")
    Occurrence: Final = _dk("Occurrence")
    CountStatement: Final = _dk("CountStatement")
    Cooperation: Final = _dk("Cooperation")
    # Values
    MonetaryAmount: Final = _dk("MonetaryAmount")
    Count: Final = _dk("Count")
    FormerName: Final = _dk("FormerName")
    # Sources and provenance
    SourceDocument: Final = _dk("SourceDocument")
    SourceGraph: Final = _dk("SourceGraph")
    SourceFile: Final = _dk("SourceFile")
    Load: Final = _dk("Load")
    Loader: Final = _dk("Loader")

    # Properties of entities
    kind: Final = _dk("kind")
    kindClass: Final = _dk("kindClass")
    acronym: Final = _dk("acronym")
    formerName: Final = _dk("formerName")
    ags: Final = _dk("ags")
    grantId: Final = _dk("grantId")
    fundingUnit: Final = _dk("fundingUnit")
    administeredBy: Final = _dk("administeredBy")
    executedBy: Final = _dk("executedBy")
    budgetClass: Final = _dk("budgetClass")
    fundingType: Final = _dk("fundingType")
    fundingProfile: Final = _dk("fundingProfile")
    amountUndisclosed: Final = _dk("amountUndisclosed")
    population: Final = _dk("population")
    areaHectares: Final = _dk("areaHectares")
    ars: Final = _dk("ars")
    locatedIn: Final = _dk("locatedIn")
    topic: Final = _dk("topic")
    mentions: Final = _dk("mentions")
    mentionedIn: Final = _dk("mentionedIn")
    partOf: Final = _dk("partOf")
    hasPart: Final = _dk("hasPart")
    involvedIn: Final = _dk("involvedIn")
    involves: Final = _dk("involves")
    # Properties of statements
    source: Final = _dk("source")
    evidence: Final = _dk("evidence")
    paragraph: Final = _dk("paragraph")
    statedOn: Final = _dk("statedOn")
    date: Final = _dk("date")
    startDate: Final = _dk("startDate")
    endDate: Final = _dk("endDate")
    funder: Final = _dk("funder")
    fundedItem: Final = _dk("fundedItem")
    recipient: Final = _dk("recipient")
    amount: Final = _dk("amount")
    includedIn: Final = _dk("includedIn")
    agent: Final = _dk("agent")
    initiative: Final = _dk("initiative")
    role: Final = _dk("role")
    roleTitle: Final = _dk("roleTitle")
    part: Final = _dk("part")
    whole: Final = _dk("whole")
    subject: Final = _dk("subject")
    occurrenceKind: Final = _dk("occurrenceKind")
    place: Final = _dk("place")
    count: Final = _dk("count")
    recipientCount: Final = _dk("recipientCount")
    projectCount: Final = _dk("projectCount")
    partner: Final = _dk("partner")
    # Properties of values
    qualifier: Final = _dk("qualifier")
    scope: Final = _dk("scope")
    statedAs: Final = _dk("statedAs")
    countedClass: Final = _dk("countedClass")
    isTarget: Final = _dk("isTarget")
    # Properties of documents and provenance
    documentKind: Final = _dk("documentKind")
    fileName: Final = _dk("fileName")
    sha256: Final = _dk("sha256")
    tripleCount: Final = _dk("tripleCount")
    version: Final = _dk("version")


def _ns(base: str, name: str) -> NamedNode:
    return NamedNode(base + name)


class RDF:
    type: Final = _ns(RDF_NS, "type")


class RDFS:
    label: Final = _ns(RDFS_NS, "label")
    comment: Final = _ns(RDFS_NS, "comment")
    subClassOf: Final = _ns(RDFS_NS, "subClassOf")
    subPropertyOf: Final = _ns(RDFS_NS, "subPropertyOf")


class OWL:
    inverseOf: Final = _ns(OWL_NS, "inverseOf")
    TransitiveProperty: Final = _ns(OWL_NS, "TransitiveProperty")


class XSD:
    string: Final = _ns(XSD_NS, "string")
    integer: Final = _ns(XSD_NS, "integer")
    decimal: Final = _ns(XSD_NS, "decimal")
    boolean: Final = _ns(XSD_NS, "boolean")
    date: Final = _ns(XSD_NS, "date")
    gYearMonth: Final = _ns(XSD_NS, "gYearMonth")
    gYear: Final = _ns(XSD_NS, "gYear")
    dateTime: Final = _ns(XSD_NS, "dateTime")
    anyURI: Final = _ns(XSD_NS, "anyURI")


class SKOS:
    prefLabel: Final = _ns(SKOS_NS, "prefLabel")
    altLabel: Final = _ns(SKOS_NS, "altLabel")
    exactMatch: Final = _ns(SKOS_NS, "exactMatch")
    notation: Final = _ns(SKOS_NS, "notation")
    inScheme: Final = _ns(SKOS_NS, "inScheme")
    ConceptScheme: Final = _ns(SKOS_NS, "ConceptScheme")
    Concept: Final = _ns(SKOS_NS, "Concept")
    broader: Final = _ns(SKOS_NS, "broader")
    topConceptOf: Final = _ns(SKOS_NS, "topConceptOf")


class ORG:
    member: Final = _ns(ORG_NS, "member")
    organization: Final = _ns(ORG_NS, "organization")
    role: Final = _ns(ORG_NS, "role")
    unitOf: Final = _ns(ORG_NS, "unitOf")
    hasUnit: Final = _ns(ORG_NS, "hasUnit")
    memberOf: Final = _ns(ORG_NS, "memberOf")


class PROV:
    wasDerivedFrom: Final = _ns(PROV_NS, "wasDerivedFrom")
    wasGeneratedBy: Final = _ns(PROV_NS, "wasGeneratedBy")
    wasAssociatedWith: Final = _ns(PROV_NS, "wasAssociatedWith")
    used: Final = _ns(PROV_NS, "used")
    startedAtTime: Final = _ns(PROV_NS, "startedAtTime")
    endedAtTime: Final = _ns(PROV_NS, "endedAtTime")
    generatedAtTime: Final = _ns(PROV_NS, "generatedAtTime")


class SCHEMA:
    value: Final = _ns(SCHEMA_NS, "value")
    minValue: Final = _ns(SCHEMA_NS, "minValue")
    maxValue: Final = _ns(SCHEMA_NS, "maxValue")
    currency: Final = _ns(SCHEMA_NS, "currency")
    unitText: Final = _ns(SCHEMA_NS, "unitText")
    url: Final = _ns(SCHEMA_NS, "url")


class DCT:
    title: Final = _ns(DCT_NS, "title")
    identifier: Final = _ns(DCT_NS, "identifier")
    license: Final = _ns(DCT_NS, "license")
    modified: Final = _ns(DCT_NS, "modified")
    spatial: Final = _ns(DCT_NS, "spatial")
    temporal: Final = _ns(DCT_NS, "temporal")
    format: Final = _ns(DCT_NS, "format")
    conformsTo: Final = _ns(DCT_NS, "conformsTo")
    PeriodOfTime: Final = _ns(DCT_NS, "PeriodOfTime")
    accessRights: Final = _ns(DCT_NS, "accessRights")
    publisher: Final = _ns(DCT_NS, "publisher")
    issued: Final = _ns(DCT_NS, "issued")
    language: Final = _ns(DCT_NS, "language")
    description: Final = _ns(DCT_NS, "description")


class DCAT:
    Catalog: Final = _ns(DCAT_NS, "Catalog")
    Dataset: Final = _ns(DCAT_NS, "Dataset")
    Distribution: Final = _ns(DCAT_NS, "Distribution")
    DataService: Final = _ns(DCAT_NS, "DataService")
    dataset: Final = _ns(DCAT_NS, "dataset")
    service: Final = _ns(DCAT_NS, "service")
    accessService: Final = _ns(DCAT_NS, "accessService")
    distribution: Final = _ns(DCAT_NS, "distribution")
    accessURL: Final = _ns(DCAT_NS, "accessURL")
    downloadURL: Final = _ns(DCAT_NS, "downloadURL")
    mediaType: Final = _ns(DCAT_NS, "mediaType")
    compressFormat: Final = _ns(DCAT_NS, "compressFormat")
    endpointURL: Final = _ns(DCAT_NS, "endpointURL")
    endpointDescription: Final = _ns(DCAT_NS, "endpointDescription")
    servesDataset: Final = _ns(DCAT_NS, "servesDataset")
    theme: Final = _ns(DCAT_NS, "theme")
    keyword: Final = _ns(DCAT_NS, "keyword")
    contactPoint: Final = _ns(DCAT_NS, "contactPoint")
    landingPage: Final = _ns(DCAT_NS, "landingPage")
    startDate: Final = _ns(DCAT_NS, "startDate")
    endDate: Final = _ns(DCAT_NS, "endDate")
    version: Final = _ns(DCAT_NS, "version")


class VOID:
    Dataset: Final = _ns(VOID_NS, "Dataset")
    DatasetDescription: Final = _ns(VOID_NS, "DatasetDescription")
    Linkset: Final = _ns(VOID_NS, "Linkset")
    triples: Final = _ns(VOID_NS, "triples")
    entities: Final = _ns(VOID_NS, "entities")
    classes: Final = _ns(VOID_NS, "classes")
    properties: Final = _ns(VOID_NS, "properties")
    distinctSubjects: Final = _ns(VOID_NS, "distinctSubjects")
    distinctObjects: Final = _ns(VOID_NS, "distinctObjects")
    documents: Final = _ns(VOID_NS, "documents")
    vocabulary: Final = _ns(VOID_NS, "vocabulary")
    classPartition: Final = _ns(VOID_NS, "classPartition")
    propertyPartition: Final = _ns(VOID_NS, "propertyPartition")
    subset: Final = _ns(VOID_NS, "subset")
    linkPredicate: Final = _ns(VOID_NS, "linkPredicate")
    objectsTarget: Final = _ns(VOID_NS, "objectsTarget")
    subjectsTarget: Final = _ns(VOID_NS, "subjectsTarget")
    uriSpace: Final = _ns(VOID_NS, "uriSpace")
    sparqlEndpoint: Final = _ns(VOID_NS, "sparqlEndpoint")
    dataDump: Final = _ns(VOID_NS, "dataDump")
    exampleResource: Final = _ns(VOID_NS, "exampleResource")
    rootResource: Final = _ns(VOID_NS, "rootResource")
    feature: Final = _ns(VOID_NS, "feature")
    class_: Final = _ns(VOID_NS, "class")
    property: Final = _ns(VOID_NS, "property")


class DCATDE:
    licenseAttributionByText: Final = _ns(DCATDE_NS, "licenseAttributionByText")
    politicalGeocodingLevelURI: Final = _ns(DCATDE_NS, "politicalGeocodingLevelURI")


class VCARD:
    Organization: Final = _ns(VCARD_NS, "Organization")
    fn: Final = _ns(VCARD_NS, "fn")
    hasURL: Final = _ns(VCARD_NS, "hasURL")


class FOAF:
    Organization: Final = _ns(FOAF_NS, "Organization")
    name: Final = _ns(FOAF_NS, "name")
    primaryTopic: Final = _ns(FOAF_NS, "primaryTopic")
    homepage: Final = _ns(FOAF_NS, "homepage")


class OA:
    SpecificResource: Final = _ns(OA_NS, "SpecificResource")
    TextPositionSelector: Final = _ns(OA_NS, "TextPositionSelector")
    hasSource: Final = _ns(OA_NS, "hasSource")
    hasSelector: Final = _ns(OA_NS, "hasSelector")
    start: Final = _ns(OA_NS, "start")
    end: Final = _ns(OA_NS, "end")


def code(scheme: str, notation: str) -> NamedNode:
    """The IRI of a code in one of the SKOS code lists.

    >>> code("qualifier", "up_to").value
    'https://w3id.org/digikom/code/qualifier/up_to'
    """
    return NamedNode(f"{CODE_NS}{scheme}/{notation}")


def graph(name: str) -> NamedNode:
    """The IRI of a named graph of the store.

    >>> graph("derived").value
    'https://w3id.org/digikom/graph/derived'
    """
    return NamedNode(GRAPH_NS + name)


ONTOLOGY_GRAPH: Final = graph("ontology")
META_GRAPH: Final = graph("meta")
DERIVED_GRAPH: Final = graph("derived")
ENTITIES_GRAPH: Final = graph("curated/entities")
DATASET_GRAPH: Final = graph("dataset")
BASE: Final = "https://w3id.org/digikom/"
DATASET: Final = NamedNode(BASE + "dataset")

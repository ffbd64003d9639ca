package org.profstd.read.registryxml;

/**
 * The element names of the registry export (the Ministry of Labour's {@code XMLCardInfo} format), in one place for the
 * reader and the writer. The spelling is the format's own ({@code ProfessionalStandart}, {@code ListFootnes}).
 */
final class RegistryTags {
    static final String ROOT = "XMLCardInfo";
    static final String STANDARDS = "ProfessionalStandarts";
    static final String STANDARD = "ProfessionalStandart";
    static final String TITLE = "NameProfessionalStandart";
    static final String REGISTRATION_NUMBER = "RegistrationNumber";
    static final String ORDER_NUMBER = "OrderNumber";
    static final String ORDER_DATE = "DateOfApproval";

    static final String FIRST_SECTION = "FirstSection";
    static final String ACTIVITY = "KindProfessionalActivity";
    static final String CODE = "CodeKindProfessionalActivity";
    static final String PURPOSE = "PurposeKindProfessionalActivity";
    static final String EMPLOYMENT_GROUP = "EmploymentGroup";
    static final String OKZ_LIST = "ListOKZ";
    static final String OKZ_UNIT = "UnitOKZ";
    static final String OKZ_CODE = "CodeOKZ";
    static final String OKZ_NAME = "NameOKZ";
    static final String OKVED_LIST = "ListOKVED";
    static final String OKVED_UNIT = "UnitOKVED";
    static final String OKVED_CODE = "CodeOKVED";
    static final String OKVED_NAME = "NameOKVED";

    static final String THIRD_SECTION = "ThirdSection";
    static final String WORK_FUNCTIONS = "WorkFunctions";
    static final String GENERALIZED_FUNCTIONS = "GeneralizedWorkFunctions";
    static final String GENERALIZED_FUNCTION = "GeneralizedWorkFunction";
    static final String OTF_CODE = "CodeOTF";
    static final String OTF_NAME = "NameOTF";
    static final String LEVEL = "LevelOfQualification";
    static final String JOB_TITLES = "PossibleJobTitles";
    static final String JOB_TITLE = "PossibleJobTitle";
    static final String EDUCATION_LIST = "EducationalRequirements";
    static final String EDUCATION = "EducationalRequirement";
    static final String EXPERIENCE_LIST = "RequirementsWorkExperiences";
    static final String EXPERIENCE = "RequirementsWorkExperience";
    static final String CONDITIONS_LIST = "SpecialConditionsForAdmissionToWork";
    static final String CONDITION = "SpecialConditionForAdmissionToWork";
    static final String OTHER_CHARACTERISTICS = "OtherCharacteristics";
    /** A generalized function's classifier entries: lists named {@code List} + system, entries {@code Unit} + system. */
    static final String CLASSIFIERS = "OtherCharacteristicPlus";

    static final String PARTICULAR_FUNCTIONS = "ParticularWorkFunctions";
    static final String PARTICULAR_FUNCTION = "ParticularWorkFunction";
    static final String TF_CODE = "CodeTF";
    static final String TF_NAME = "NameTF";
    static final String SUBLEVEL = "SubQualification";
    static final String ACTIONS = "LaborActions";
    static final String ACTION = "LaborAction";
    static final String SKILLS = "RequiredSkills";
    static final String SKILL = "RequiredSkill";
    static final String KNOWLEDGES = "NecessaryKnowledges";
    static final String KNOWLEDGE = "NecessaryKnowledge";
    static final String FOOTNOTES = "ListFootnes";

    static final String FOURTH_SECTION = "FourthSection";
    static final String RESPONSIBLE = "ResponsibleDeveloper";
    static final String HEAD_POSITION = "ThePositionOfHead";
    static final String HEAD_NAME = "TheFullNameOfTheHead";
    static final String DEVELOPERS = "OrganizationDevelopers";
    static final String DEVELOPER = "OrganizationDeveloper";

    private RegistryTags() {
    }
}

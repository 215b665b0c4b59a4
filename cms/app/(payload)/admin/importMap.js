import { RepeatEvent as RepeatEvent_c5dc93f7b9c9baaa3a704e0be865137c } from '../../../components/RepeatEvent'
import { SendCertificates as SendCertificates_910c72c32ba6db7526f69c036881578b } from '../../../components/SendCertificates'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PreviewButton as PreviewButton_f9551e5cf7b03e568d579e158f5a27b9 } from '../../../components/PreviewButton'
import { TranslationStatusField as TranslationStatusField_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { TranslationStatusCell as TranslationStatusCell_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { GenerateOpenDoorDays as GenerateOpenDoorDays_8bfe700b4cf897e1cf2e632a7091a6e8 } from '../../../components/GenerateOpenDoorDays'
import { RegistrationActions as RegistrationActions_aaa094a79c511ceda7c56738d0d27654 } from '../../../components/RegistrationActions'
import { ExportRegistrationsLink as ExportRegistrationsLink_bfb7583a197eda4a2f42abeae901c8a8 } from '../../../components/ExportRegistrationsLink'
import { TwoFactorField as TwoFactorField_e2e490257ba7b7351b3516ddd5519c50 } from '../../../components/TwoFactorClient'
import { SiteBuildStatus as SiteBuildStatus_22ed97a305e37e4dddb8d93e0889a36a } from '../../../components/SiteBuildStatus'
import { MissingKazakh as MissingKazakh_772f26693a7275378d9cc4d3d6dbe314 } from '../../../components/MissingKazakh'
import { KazakhDatePickerLocale as KazakhDatePickerLocale_eced2c99e3b7e62c7b4cec580ffed42d } from '../../../admin/KazakhDatePickerLocale'
import { TwoFactorLoginView as TwoFactorLoginView_43214595657134fce134102900723d52 } from '../../../components/TwoFactorViews'
import { UnauthorizedOrEnroll as UnauthorizedOrEnroll_43214595657134fce134102900723d52 } from '../../../components/TwoFactorViews'
import { TwoFactorSetupView as TwoFactorSetupView_43214595657134fce134102900723d52 } from '../../../components/TwoFactorViews'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/RepeatEvent#RepeatEvent": RepeatEvent_c5dc93f7b9c9baaa3a704e0be865137c,
  "/components/SendCertificates#SendCertificates": SendCertificates_910c72c32ba6db7526f69c036881578b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/PreviewButton#PreviewButton": PreviewButton_f9551e5cf7b03e568d579e158f5a27b9,
  "/components/TranslationStatus#TranslationStatusField": TranslationStatusField_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/TranslationStatus#TranslationStatusCell": TranslationStatusCell_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/GenerateOpenDoorDays#GenerateOpenDoorDays": GenerateOpenDoorDays_8bfe700b4cf897e1cf2e632a7091a6e8,
  "/components/RegistrationActions#RegistrationActions": RegistrationActions_aaa094a79c511ceda7c56738d0d27654,
  "/components/ExportRegistrationsLink#ExportRegistrationsLink": ExportRegistrationsLink_bfb7583a197eda4a2f42abeae901c8a8,
  "/components/TwoFactorClient#TwoFactorField": TwoFactorField_e2e490257ba7b7351b3516ddd5519c50,
  "/components/SiteBuildStatus#SiteBuildStatus": SiteBuildStatus_22ed97a305e37e4dddb8d93e0889a36a,
  "/components/MissingKazakh#MissingKazakh": MissingKazakh_772f26693a7275378d9cc4d3d6dbe314,
  "/admin/KazakhDatePickerLocale#KazakhDatePickerLocale": KazakhDatePickerLocale_eced2c99e3b7e62c7b4cec580ffed42d,
  "/components/TwoFactorViews#TwoFactorLoginView": TwoFactorLoginView_43214595657134fce134102900723d52,
  "/components/TwoFactorViews#UnauthorizedOrEnroll": UnauthorizedOrEnroll_43214595657134fce134102900723d52,
  "/components/TwoFactorViews#TwoFactorSetupView": TwoFactorSetupView_43214595657134fce134102900723d52,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

# CTest `who_accuracy`, `who_blind`, `who_blind_2`, `who_blind_3` and `who_not_sure`: builds the
# demo district (assets/demo) into the build tree and runs the 谁来管 evaluation on it, failing
# when a figure falls below its floor (tests/eval/README.md has the measured scores the floors
# are set at).
#
#   cmake -DCLI=…/dutyatlas -DNODE=…/node -DSOURCE_DIR=… -DOUT_DIR=… [-DMIN_TOP3=0.9]
#         [-DCOMPLAINTS=tests/eval/….json[,…]] [-DMIN_TOP1=x] [-DMAX_UNSURE=x] [-DMIN_UNSURE_OOS=x]
#         -P tests/eval/who_accuracy.cmake
foreach(var CLI NODE SOURCE_DIR OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "who_accuracy.cmake: -D${var}=… is required")
  endif()
endforeach()
if(NOT DEFINED MIN_TOP3)
  set(MIN_TOP3 0.9)
endif()

execute_process(
  COMMAND "${CLI}" build "${SOURCE_DIR}/assets/demo" -o "${OUT_DIR}"
          --ui-text "${SOURCE_DIR}/web/ui_text"
  RESULT_VARIABLE built
  OUTPUT_VARIABLE build_output
  ERROR_VARIABLE build_output)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "dutyatlas build assets/demo failed (${built}):\n${build_output}")
endif()

set(floors --min-top3 "${MIN_TOP3}")
if(DEFINED MIN_TOP1)
  list(APPEND floors --min-top1 "${MIN_TOP1}")
endif()
if(DEFINED MAX_UNSURE)
  list(APPEND floors --max-unsure "${MAX_UNSURE}")
endif()
if(DEFINED MIN_UNSURE_OOS)
  list(APPEND floors --min-unsure-oos "${MIN_UNSURE_OOS}")
endif()
string(REPLACE "," ";" complaint_files "${COMPLAINTS}")
foreach(file IN LISTS complaint_files)
  list(APPEND floors --complaints "${SOURCE_DIR}/${file}")
endforeach()
execute_process(
  COMMAND "${NODE}" "${SOURCE_DIR}/tests/eval/evaluate.mjs" "${OUT_DIR}" --cli "${CLI}" ${floors}
  RESULT_VARIABLE evaluated)
if(NOT evaluated EQUAL 0)
  message(FATAL_ERROR "谁来管 evaluation failed (exit ${evaluated})")
endif()
